package org.innovationledger.command.initiative;

import org.innovationledger.command.mission.MissionDirectory;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.kernel.mission.MissionId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A fake mission directory for aggregate tests: knows exactly the missions added to it. */
final class InMemoryMissionDirectory implements MissionDirectory {

    private final Map<MissionId, TenantId> owners = new HashMap<>();

    InMemoryMissionDirectory add(MissionId missionId, TenantId owner) {
        owners.put(missionId, owner);
        return this;
    }

    @Override
    public Optional<TenantId> ownerOf(MissionId missionId) {
        return Optional.ofNullable(owners.get(missionId));
    }
}
