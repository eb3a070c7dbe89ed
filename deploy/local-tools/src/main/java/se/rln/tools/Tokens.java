package se.rln.tools;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.Set;

/**
 * Mints RS256 tokens for the local run with the throwaway key the runner generated.
 *
 * <pre>Tokens &lt;private-key.pem&gt; &lt;issuer&gt; role:subject[:claim=value[,claim=value]] ...</pre>
 *
 * prints one {@code role<TAB>token} line per spec; tokens are valid for 12 hours.
 */
public final class Tokens {

    /** The audience the suite verifies ({@code RLN_JWT_AUDIENCE}, default {@code rln-api}). */
    static final String AUDIENCE = System.getenv().getOrDefault("RLN_JWT_AUDIENCE", "rln-api");

    private Tokens() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: Tokens <private-key.pem> <issuer> role:subject[:claim=value,...] ...");
            System.exit(2);
        }
        for (int i = 2; i < args.length; i++) {
            System.out.println(args[i].split(":", 2)[0] + "\t" + mint(args[0], args[1], args[i]));
        }
    }

    /** One token for {@code role:subject[:claim=value,...]}, signed with the key at {@code keyFile}. */
    static String mint(String keyFile, String issuer, String spec) {
        String[] parts = spec.split(":", 3);
        JwtClaimsBuilder claims = Jwt.issuer(issuer).audience(AUDIENCE).subject(parts[1]).groups(Set.of(parts[0])).expiresIn(Duration.ofHours(12));
        if (parts.length == 3 && !parts[2].isBlank()) {
            for (String claim : parts[2].split(",")) {
                String[] kv = claim.split("=", 2);
                claims.claim(kv[0], kv[1]);
            }
        }
        return claims.jws().keyId("local").algorithm(SignatureAlgorithm.RS256)
                .sign(java.nio.file.Path.of(keyFile).toUri().toString());
    }
}
