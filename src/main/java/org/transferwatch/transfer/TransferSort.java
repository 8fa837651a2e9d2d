package org.transferwatch.transfer;

/** The orders the transfers list can be sorted in; ties always fall back to the newest first. */
public enum TransferSort {
    NEWEST, PAIR, ITEM, PERIOD, STATUS, CONFIDENCE
}
