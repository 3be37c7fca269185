package io.rapport.query.app.config;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the read side.
 *
 * @param database the MongoDB database of the read models and their tokens
 * @param batchSize events per processor batch, written as one bulk write per collection
 * @param segments segments per processor, claimed across nodes
 * @param nodeName prefix of this node's token claims
 * @param rebuildLogInterval how often a running rebuild logs its progress
 * @param stopOnFailure processors that stop and retry on a failing event instead of parking it as a
 *     dead letter: the audit chain, whose hole could not be filled later without rewriting every
 *     later hash, and the in-memory map of thank-you windows
 */
@ConfigurationProperties("rapport.read-models")
public record ReadModelProperties(
    @DefaultValue("rapport") String database,
    @DefaultValue("500") int batchSize,
    @DefaultValue("2") int segments,
    @DefaultValue("rapport") String nodeName,
    @DefaultValue("5s") Duration rebuildLogInterval,
    @DefaultValue({"audit", "tenant-policies"}) Set<String> stopOnFailure) {}
