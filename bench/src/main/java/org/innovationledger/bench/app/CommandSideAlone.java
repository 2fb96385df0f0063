package org.innovationledger.bench.app;

import org.innovationledger.command.CommandSideConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The command side as the stand-alone command service composes it (CommandServiceApplication: no MongoDB client),
 * without component scanning of the bench's own packages. Used to seed: its event storage engine is the product's,
 * with the product's serializer and event table factory.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {MongoAutoConfiguration.class, MongoDataAutoConfiguration.class,
        MongoRepositoriesAutoConfiguration.class})
@Import(CommandSideConfiguration.class)
public class CommandSideAlone {
}
