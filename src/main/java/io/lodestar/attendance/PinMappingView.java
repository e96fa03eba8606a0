package io.lodestar.attendance;

import java.util.UUID;

/** An explicit PIN → employee mapping. */
public record PinMappingView(String pin, UUID employeeId, String employeeNo, String employeeName) {
}
