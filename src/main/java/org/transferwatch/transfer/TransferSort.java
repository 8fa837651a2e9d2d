package org.transferwatch.transfer;

/** The orders the transfers list can be sorted in; ties always fall back to the newest first. */
public enum TransferSort {
    NEWEST, PAIR, PAIR_DESC, ITEM, ITEM_DESC, PERIOD, PERIOD_DESC, STATUS, STATUS_DESC, CONFIDENCE, CONFIDENCE_DESC
}
