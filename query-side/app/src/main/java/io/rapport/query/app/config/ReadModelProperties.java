package io.rapport.query.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the read side.
 *
 * @param database the MongoDB database of the read models and their tokens
 * @param batchSize events per processor batch, written as one bulk write per collection
 * @param segments segments per processor, claimed across nodes
 * @param nodeName prefix of this node's token claims
 */
@ConfigurationProperties("rapport.read-models")
public record ReadModelProperties(
    @DefaultValue("rapport") String database,
    @DefaultValue("100") int batchSize,
    @DefaultValue("2") int segments,
    @DefaultValue("rapport") String nodeName) {}
