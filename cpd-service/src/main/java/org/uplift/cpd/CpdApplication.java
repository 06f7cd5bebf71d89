package org.uplift.cpd;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CpdApplication {

    public static void main(String[] args) {
        SpringApplication.run(CpdApplication.class, args);
    }
}
