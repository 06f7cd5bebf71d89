package org.uplift.devstack;

import java.nio.file.Path;

/**
 * The JDK every child process runs on: the launcher's own. ./uplift starts the launcher with a JDK of at least 21
 * (.mvn/find-jdk.sh, as ./mvnw does) and a test runs on the build's JDK, so the children get the same one.
 */
record JavaRuntime(Path home, int feature) {

    static JavaRuntime current() {
        return new JavaRuntime(Path.of(System.getProperty("java.home")), Runtime.version().feature());
    }

    Path requireAtLeast(int minimum, String needs) {
        if (feature < minimum) {
            throw new LocalStack.StartFailure(needs + " needs Java " + minimum + " or newer but this is Java " + feature
                    + " (" + home + "): start it through ./uplift, which finds one, or set JAVA_HOME");
        }
        return home;
    }
}
