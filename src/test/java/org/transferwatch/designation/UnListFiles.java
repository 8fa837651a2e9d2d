package org.transferwatch.designation;

import java.nio.charset.StandardCharsets;

/** The shipped UN list and copies of it changed the way a test needs. */
final class UnListFiles {

    /** A vessel the way the UN lists one: an entity with a valid IMO ship number and no company name. */
    static final String VESSEL = """
            <ENTITY>
                <DATAID>9999001</DATAID>
                <VERSIONNUM>1</VERSIONNUM>
                <FIRST_NAME>CHON MA SAN </FIRST_NAME>
                <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                <REFERENCE_NUMBER>KPe.999</REFERENCE_NUMBER>
                <LISTED_ON>2018-03-30</LISTED_ON>
                <COMMENTS1>Tanker that conducted a ship-to-ship transfer of fuel. IMO number:
                    8660313.</COMMENTS1>
                <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
                <ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>XIN HAI</ALIAS_NAME></ENTITY_ALIAS>
                <ENTITY_ADDRESS><COUNTRY/></ENTITY_ADDRESS>
            </ENTITY>
            """;

    private UnListFiles() {
    }

    static String shipped() {
        return new String(DesignationImporter.shippedUnList(), StandardCharsets.UTF_8);
    }

    /** The entry with the reference, from its opening tag to its closing tag. */
    static String entry(String xml, String reference) {
        var at = xml.indexOf("<REFERENCE_NUMBER>" + reference + "</REFERENCE_NUMBER>");
        var entity = xml.lastIndexOf("<ENTITY>", at);
        var individual = xml.lastIndexOf("<INDIVIDUAL>", at);
        var start = Math.max(entity, individual);
        var end = entity > individual ? xml.indexOf("</ENTITY>", at) + "</ENTITY>".length()
                : xml.indexOf("</INDIVIDUAL>", at) + "</INDIVIDUAL>".length();
        return xml.substring(start, end);
    }

    static String without(String xml, String reference) {
        return xml.replace(entry(xml, reference), "");
    }

    static String withVessel(String xml) {
        return xml.replace("</ENTITIES>", VESSEL + "</ENTITIES>");
    }

    static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

}
