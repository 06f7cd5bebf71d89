package org.uplift.platform.defaults;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code @CreatedDate} and {@code @LastModifiedDate} work in every service's documents. */
@AutoConfiguration
@ConditionalOnClass(MongoTemplate.class)
@EnableMongoAuditing
class MongoAuditingConfiguration {
}
