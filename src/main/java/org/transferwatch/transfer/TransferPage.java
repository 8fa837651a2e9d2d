package org.transferwatch.transfer;

import java.util.List;

/** One page of the transfers list with the count of all matching transfers, as the grid shows them. */
public record TransferPage(List<TransferRow> rows, TransferCount count) {
}
