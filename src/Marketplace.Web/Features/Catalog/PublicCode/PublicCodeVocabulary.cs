namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>The closed vocabularies of publiccode.yml v0.</summary>
internal static class PublicCodeVocabulary
{
    public static readonly IReadOnlySet<string> Versions = Set("0 0.2 0.2.0 0.2.1 0.2.2 0.3 0.3.0 0.4 0.4.0 0.5 0.5.0");

    public static readonly IReadOnlySet<string> DevelopmentStatuses = Set("concept development beta stable obsolete");

    public static readonly IReadOnlySet<string> SoftwareTypes = Set(
        "standalone/mobile standalone/iot standalone/desktop standalone/web standalone/backend standalone/other addon library configurationFiles");

    public static readonly IReadOnlySet<string> MaintenanceTypes = Set("internal contract community none");

    public static readonly IReadOnlySet<string> Categories = Set("""
        accounting agile-project-management applicant-tracking application-development appointment-scheduling backup
        billing-and-invoicing blog budgeting business-intelligence business-process-management cad
        call-center-management cloud-management collaboration communications compliance-management contact-management
        content-management crm customer-service-and-support data-analytics data-collection data-visualization design
        design-system digital-asset-management digital-citizenship document-management donor-management e-commerce
        e-signature educational-content email-management email-marketing employee-management
        enterprise-project-management enterprise-social-networking erp event-management facility-management
        feedback-and-reviews-management financial-reporting fleet-management fundraising gamification
        geographic-information-systems grant-management graphic-design help-desk hr ide identity-management
        instant-messaging integrated-library-system inventory-management it-asset-management it-development
        it-management it-security it-service-management knowledge-management learning-management-system marketing
        mind-mapping mobile-marketing mobile-payment network-management office online-booking online-community
        payment-gateway payroll predictive-analysis procurement productivity-suite project-collaboration
        project-management property-management real-estate-management regulations-and-directives remote-support
        resource-management sales-management seo service-desk social-media-management survey talent-management
        task-management taxes-management test-management time-management time-tracking translation video-conferencing
        video-editing visitor-management voip warehouse-management web-collaboration web-conferencing whistleblowing
        website-builder workflow-management other
        """);

    public static readonly IReadOnlySet<string> Scopes = Set("""
        agriculture culture defence education emergency-services employment energy environment
        finance-and-economic-development foreign-affairs government healthcare infrastructures justice
        local-authorities manufacturing research science-and-technology security society sport tourism transportation
        welfare
        """);

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public static readonly IReadOnlySet<string> Countries = Set("""
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY
        BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK
        FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR
        IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK
        ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
        PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
        TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """);

    /// <summary>ISO 639-1 and the ISO 639-2/3 languages of the ICU locale data, for BCP 47 primary language subtags.</summary>
    public static readonly IReadOnlySet<string> Languages = Set("""
        aa ab ae af agq ak am an ar as asa ast av ay az ba bas be bem bez bg bgc bh bho bi bm bn bo br brx bs ca ccp
        ce ceb cgg ch chr ckb co cr cs cu cv cy da dav de dje doi dsb dua dv dyo dz ebu ee el en eo es et eu ewo fa
        ff fi fil fj fo fr fur fy ga gd gl gn gsw gu guz gv ha haw he hi ho hr hsb ht hu hy hz ia id ie ig ii ik io
        is it iu ja jgo jmc jv ka kab kam kde kea kg kgp khq ki kj kk kkj kl kln km kn ko kok kr ks ksb ksf ksh ku kv
        kw ky la lag lb lg li lkt ln lo lrc lt lu luo luy lv mai mas mer mfe mg mgh mgo mh mi mk ml mn mni mr ms mt
        mua my mzn na naq nb nd ne ng nl nmg nn nnh no nr nus nv ny nyn oc oj om or os pa pcm pi pl ps pt qu raj rm
        rn ro rof ru rw rwk sa sah saq sat sbp sc sd se seh ses sg shi si sk sl sm smn sn so sq sr ss st su sv sw ta
        te teo tg th ti tk tl tn to tr ts tt tw twq ty tzm ug uk ur uz vai ve vi vo vun wa wae wo xh xog yav yi yo
        yrl yue za zgh zh zu
        """);

    /// <summary>The aliases of the <c>supports</c> key the platform knows.</summary>
    public static readonly IReadOnlySet<string> SupportAliases = Set("gdpr spid cie pagopa anpr io");

    private static HashSet<string> Set(string words) =>
        [.. words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
