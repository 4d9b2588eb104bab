package org.enduse.app.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.enduse.app.AppContext;
import org.enduse.app.AppServices;
import org.enduse.core.account.Role;

/**
 * The demo's last step: an administrator in the organisation that owns the demo's records, so the
 * same data can be opened in the browser. The password is random, printed once and kept in a file
 * only its owner can read, inside the demo folder.
 */
final class DemoWeb {
    static final String USER = DemoRun.DEMO_USER;
    static final String LOGIN_FILE = "web-login.txt";
    /** No 0/O or 1/l/I: the password is read off a terminal and typed. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private DemoWeb() {}

    static void run(AppContext app, Path dir, PrintWriter out) {
        String password = password(20);
        var accounts = AppServices.of(app).accounts();
        // The first organisation is the one the command line's records belong to (Accounts.FIRST_ORGANISATION).
        var organisation = accounts.createOrganisation("Demo ministry", DemoRun.DEMO_USER);
        accounts.addUser(USER, "Demo analyst", organisation.id(), Role.ADMIN, password.toCharArray(), DemoRun.DEMO_USER);
        Path login = dir.resolve(LOGIN_FILE);
        write(login, "user " + USER + "\npassword " + password + "\n");
        String store = dir.resolve("store").toString();
        out.printf("  ./enduse serve --data %s%n", store);
        out.println("  then open http://127.0.0.1:8080/ and sign in as '" + USER + "' with password " + password);
        out.println("  (also in " + login + "). The dashboard, the Belgorod sighting, the review queue and the inquiry are there.");
    }

    private static String password(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return b.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
