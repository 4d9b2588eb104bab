package org.enduse.app.io;

/** Small valid import files that tests break one cell at a time. */
public final class Fixtures {
    private Fixtures() {}

    public static final String TRANSFERS_CSV = String.join("\r\n",
            "transfer_id,name,donor,recipient,announced,value,currency,territory,end_users,purpose,retransfer_requires_consent,sources,note,"
                    + "line_id,equipment_type,equipment_description,quantity,unit,serials,history,line_note",
            "tr_1,Package 14,BE,UA,2023-01,90000000,EUR,UA,ua-afu;ua-ngu,self_defence,true,src_a;src_b,\"terms; noted, \"\"quoted\"\"\","
                    + "l1,fn-scar-l,,200,items,FN100..FN199;FN-7,pledged@2023-01;delivered@2023-03-02@src_a@by road\\; then rail,first batch",
            "tr_1,Package 14,BE,UA,2023-01,90000000,EUR,UA,ua-afu;ua-ngu,self_defence,true,src_a;src_b,\"terms; noted, \"\"quoted\"\"\","
                    + "l2,,\"5.56 mm ammunition, boxed\",1.5,tonnes,,,",
            "tr_2,,US,UA,2023,,,,,,,,,l1,maxxpro,,100,items,,delivered@2023,") + "\r\n";

    public static final String SIGHTINGS_CSV = String.join("\n",
            "sighting_id,equipment_type,equipment_description,quantity,markings,serials,place,country,region,lat,lon,observed,holder_id,"
                    + "holder_name,status,verification,sources,note",
            "si_1,fn-scar-l,FN SCAR-L,2,Z;flag,FN150;FN151,Kozinka,RU,RU-BEL,50.4567,36.8912,2023-05-22,rdk,Russian Volunteer Corps,"
                    + "in_use,geolocated,src_a,\"note with \"\"quotes\"\", commas",
            "and a newline\"",
            "si_2,,MaxxPro MRAP,1,,,,RU,,,,2023-05,,Freedom of Russia Legion,captured,unverified,,") + "\n";
}
