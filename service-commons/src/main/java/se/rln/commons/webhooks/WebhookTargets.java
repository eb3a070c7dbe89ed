package se.rln.commons.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import se.rln.commons.problem.ProblemException;

/**
 * Where deliveries may go: HTTPS URLs of hosts on the public internet. Every address a host
 * resolves to is checked, when subscribing and again before each attempt (a name may be pointed
 * elsewhere later): loopback and private ranges only when configuration allows them; link-local
 * (cloud metadata at 169.254.169.254), unspecified and multicast addresses never.
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    WebhookConfig config;

    public WebhookTargets() {
    }

    WebhookTargets(WebhookConfig config) {
        this.config = config;
    }

    /** The URL to subscribe, or a 400 naming {@code field} and what is wrong with it. */
    public URI checked(String field, String url) {
        if (url == null || url.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        if (url.length() > 2000) {
            throw ProblemException.invalid(field, "is longer than 2000 characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid(field, "is not a URL: " + e.getReason());
        }
        refusal(uri).ifPresent(reason -> {
            throw ProblemException.invalid(field, reason);
        });
        return uri;
    }

    /** Why a delivery may not go to {@code uri} now, or empty. */
    public Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https:// URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a #fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("host " + uri.getHost() + " does not resolve");
        }
        boolean allLoopback = true;
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(address);
            if (refused.isPresent()) {
                return Optional.of("host " + uri.getHost() + " resolves to " + address.getHostAddress() + ", "
                        + refused.get());
            }
            allLoopback &= address.isLoopbackAddress();
        }
        if (scheme.equals("http") && !allLoopback) {
            return Optional.of("must use https (plain http only to an allowed loopback receiver)");
        }
        return Optional.empty();
    }

    private Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return config.allowLoopback() ? Optional.empty() : Optional.of("a loopback address, which is not allowed");
        }
        if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()
                || firstByte(address) == 0) {
            return Optional.of("a link-local, unspecified or multicast address, which is never allowed");
        }
        if (isPrivate(address)) {
            return config.allowPrivate() ? Optional.empty() : Optional.of("a private address, which is not allowed");
        }
        return Optional.empty();
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return address.isSiteLocalAddress() || (first == 100 && second >= 64 && second < 128)
                    || (first == 198 && (second == 18 || second == 19));
        }
        return address instanceof Inet6Address && ((b[0] & 0xFE) == 0xFC || address.isSiteLocalAddress());
    }

    private static int firstByte(InetAddress address) {
        return address instanceof Inet4Address ? address.getAddress()[0] & 0xFF : -1;
    }
}
