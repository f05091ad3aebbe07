package vn.nq57.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the search service. */
@SpringBootApplication
public class Nq57Application {
    public static void main(String[] args) {
        SpringApplication.run(Nq57Application.class, args);
    }
}
