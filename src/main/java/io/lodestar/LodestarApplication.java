package io.lodestar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.lodestar.operations.OperationsCommand;

@SpringBootApplication
public class LodestarApplication {

	public static void main(String[] args) {
		// "backup", "restore", "verify" and "upgrade --rehearse" run without the web application, then exit
		if (OperationsCommand.handles(args)) {
			System.exit(OperationsCommand.run(args));
		}
		SpringApplication.run(LodestarApplication.class, args);
	}

}
