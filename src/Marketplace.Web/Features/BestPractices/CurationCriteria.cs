namespace Marketplace.Web.Features.BestPractices;

/// <summary>
/// What a Kurator checks before marking an application. The list is fixed so that "praktik baik" means the same thing
/// for every application; each value's Indonesian and English label is the resource "Criterion.{name}".
/// </summary>
public enum CurationCriterion
{
    /// <summary>Lisensi terbuka: an OSI-approved SPDX licence.</summary>
    OpenLicence,

    /// <summary>Repositori kode sumber dapat diakses oleh pemerintah daerah lain.</summary>
    SourceReachable,

    /// <summary>Dokumentasi instalasi dan penggunaan tersedia.</summary>
    Documentation,

    /// <summary>Berjalan di sedikitnya dua wilayah.</summary>
    RunningInTwoRegions,

    /// <summary>Kajian keamanan (uji penetrasi atau audit kode) telah dilakukan.</summary>
    SecurityReview,

    /// <summary>Dipelihara aktif: ada rilis dalam 12 bulan terakhir.</summary>
    ActiveMaintenance,

    /// <summary>Terhubung dengan SPLP atau menyediakan API untuk interoperabilitas.</summary>
    Interoperability,

    /// <summary>Menerapkan pelindungan data pribadi (UU 27/2022).</summary>
    DataProtection,
}

/// <summary>Which criteria exist and which of them "praktik baik" requires.</summary>
public static class CurationCriteria
{
    public static readonly IReadOnlyList<CurationCriterion> All = Enum.GetValues<CurationCriterion>();

    /// <summary>
    /// Praktik Baik needs all of these: another region can take the application (open, reachable, documented), it has
    /// proved itself elsewhere, and it is safe. The others count towards it but are not required.
    /// </summary>
    public static readonly IReadOnlyList<CurationCriterion> RequiredForPraktikBaik =
    [
        CurationCriterion.OpenLicence,
        CurationCriterion.SourceReachable,
        CurationCriterion.Documentation,
        CurationCriterion.RunningInTwoRegions,
        CurationCriterion.SecurityReview,
    ];

    /// <summary>The known criteria among <paramref name="names"/>, in the list's order; unknown names are dropped.</summary>
    public static IReadOnlyList<CurationCriterion> Parse(IEnumerable<string>? names)
    {
        var given = new HashSet<string>(names ?? [], StringComparer.Ordinal);
        return All.Where(c => given.Contains(c.ToString())).ToList();
    }
}
