// Initiates the MongoDB replica set once (run by mongosh in a one-shot container or Job; Kubernetes uses a copy of
// this file, kept identical by ManifestsTest). RS_NAME and RS_MEMBERS ("host:port,host:port,…") come from the
// environment; they must match MONGODB_URI. Running it again is harmless: an initiated set is left as it is.
const name = process.env.RS_NAME;
const hosts = (process.env.RS_MEMBERS || "").split(",").filter(h => h.length > 0);
if (!name || hosts.length === 0) {
  throw new Error("RS_NAME and RS_MEMBERS must be set");
}

let initiated = true;
try {
  rs.status();
} catch (e) {
  if (e.codeName !== "NotYetInitialized") {
    throw e;
  }
  initiated = false;
}
if (!initiated) {
  rs.initiate({ _id: name, members: hosts.map((host, i) => ({ _id: i, host: host })) });
  print(`replica set ${name} initiated with ${hosts.join(", ")}`);
} else {
  print(`replica set ${name} was already initiated`);
}

// The services need a primary to write tokens and read models; wait for the election (up to two minutes).
for (let attempt = 0; attempt < 120; attempt++) {
  const primary = rs.status().members.find(m => m.stateStr === "PRIMARY");
  if (primary) {
    print(`primary: ${primary.name}`);
    quit(0);
  }
  sleep(1000);
}
throw new Error(`replica set ${name} elected no primary within two minutes`);
