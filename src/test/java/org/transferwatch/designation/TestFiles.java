package org.transferwatch.designation;

/** UN list files for tests outside this package. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] shipped() {
        return DesignationImporter.shippedUnList();
    }

    /** The shipped list with a vessel added: KPe.999 CHON MA SAN, IMO ship number 8660313, f.k.a. XIN HAI. */
    public static byte[] withVessel() {
        return UnListFiles.bytes(UnListFiles.withVessel(UnListFiles.shipped()));
    }

    /** The shipped list without KOMID (KPe.001). */
    public static byte[] withoutKomid() {
        return UnListFiles.bytes(UnListFiles.without(UnListFiles.shipped(), "KPe.001"));
    }

}
