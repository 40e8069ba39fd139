package io.salescore.application.ops.port;

import io.salescore.domain.shared.BusinessId;

/** One change {@link #repair} made, in the business it belongs to, described for the operator. */
public record Repair(BusinessId business, String kind, String description) {
}
