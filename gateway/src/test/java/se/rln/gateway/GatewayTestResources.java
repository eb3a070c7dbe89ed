package se.rln.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this module runs the gateway in front of the real services. */
@QuarkusTestResource(SuiteBackends.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
