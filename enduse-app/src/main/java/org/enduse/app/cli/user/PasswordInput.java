package org.enduse.app.cli.user;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.enduse.app.cli.UserException;

/**
 * Reads a password without it ever being a command-line argument (which any user sees in ps):
 * from the first line of standard input with --password-stdin, else asked twice at the terminal.
 */
final class PasswordInput {
    private static final int MAX_BYTES = 8 * 1024;

    private PasswordInput() {}

    static char[] read(boolean fromStdin) {
        return fromStdin ? firstLine(System.in) : prompt();
    }

    private static char[] firstLine(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (buf.size() >= MAX_BYTES) throw new UserException("the password on standard input is longer than " + MAX_BYTES + " bytes");
                buf.write(b);
            }
        } catch (IOException e) {
            throw new UserException("cannot read the password from standard input: " + e.getMessage(), e);
        }
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') len--;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, len));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new UserException("the password on standard input is not UTF-8");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static char[] prompt() {
        Console console = System.console();
        if (console == null) throw new UserException("no terminal to ask for the password: pipe it in with --password-stdin");
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Same password again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) throw new UserException("the two passwords differ");
        Arrays.fill(second, '\0');
        return first;
    }
}
