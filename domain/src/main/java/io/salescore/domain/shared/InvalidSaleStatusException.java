package io.salescore.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sale is not in a status that allows the action: {@code INVALID_SALE_STATUS} with current and allowed status. */
public final class InvalidSaleStatusException extends DomainException {

    private final String currentStatus;

    public InvalidSaleStatusException(String message, String currentStatus, String allowedStatus) {
        this(message, currentStatus, allowedStatus, Map.of());
    }

    public InvalidSaleStatusException(String message, String currentStatus, String allowedStatus,
                                      Map<String, ?> moreExtra) {
        super(Kind.REFUSED, "INVALID_SALE_STATUS", message, "Sale status is " + currentStatus + "; allowed: " + allowedStatus,
                Map.of("current_status", currentStatus, "allowed_status", allowedStatus),
                extra(currentStatus, allowedStatus, moreExtra));
        this.currentStatus = currentStatus;
    }

    private static Map<String, Object> extra(String current, String allowed, Map<String, ?> more) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("current_status", current);
        extra.put("allowed_status", allowed);
        extra.putAll(more);
        return extra;
    }

    public String currentStatus() {
        return currentStatus;
    }
}
