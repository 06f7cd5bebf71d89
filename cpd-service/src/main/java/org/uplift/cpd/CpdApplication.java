package org.uplift.cpd;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(CpdProperties.class)
public class CpdApplication {

    public static void main(String[] args) {
        SpringApplication.run(CpdApplication.class, args);
    }
}
