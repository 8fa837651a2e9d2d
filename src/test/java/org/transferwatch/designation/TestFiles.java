package org.transferwatch.designation;

/** UN list files for tests outside this package. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] shipped() {
        return DesignationImporter.shippedUnList();
    }

    /** The shipped list without KOMID (KPe.001). */
    public static byte[] withoutKomid() {
        return UnListFiles.bytes(UnListFiles.without(UnListFiles.shipped(), "KPe.001"));
    }

}
