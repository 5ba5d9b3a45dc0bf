namespace SearchScale;

/// <summary>One query of the mixed set: its category, the text as a person types it, an optional province, and whether facets are counted.</summary>
internal sealed record ScaleQuery(string Category, string Text, string? Province = null, bool WithFacets = false);

/// <summary>What every engine answers: the total, the page's keys with a snippet each, and the facet counts when asked.</summary>
internal sealed record ScaleAnswer(int Total, IReadOnlyList<string> Keys, int FacetValues)
{
    /// <summary>True when the engine stopped counting at a bound (Lucene's "10.000+").</summary>
    public bool IsLowerBound { get; init; }
}

/// <summary>
/// The mixed query set: words and phrases regional staff use, from the generated vocabulary (Features/Maintenance) and the
/// application names, so that every query has matches in a million generated posts; the same texts for every engine.
/// </summary>
internal static class ScaleQueries
{
    public static IReadOnlyList<ScaleQuery> All { get; } =
    [
        .. Words("one word", "server", "integrasi", "anggaran", "pelatihan", "kependudukan", "parkir", "keamanan", "jaringan"),
        .. Words("several words", "server aplikasi basis data", "integrasi sso pustaka", "anggaran pemeliharaan tahunan",
            "pelatihan operator perangkat daerah", "uji penetrasi keamanan", "metadata satu data walidata",
            "laporan kinerja akhir bulan", "sinkronisasi data kependudukan"),
        .. Words("phrase", "\"pusat data nasional\"", "\"uji penetrasi\"", "\"tanda tangan elektronik\"", "\"satu data\"",
            "\"perangkat daerah\"", "\"basis data\"", "\"log akses\"", "\"kode sumber\""),
        new("province filter", "server", "33"), new("province filter", "integrasi sso", "16"), new("province filter", "anggaran", "61"),
        new("province filter", "pelatihan operator", "31"), new("province filter", "keamanan", "35"), new("province filter", "\"satu data\"", "32"),
        new("province filter", "parkir", "73"), new("province filter", "jaringan kecamatan", "51"),
        .. Words("one word", "server", "integrasi", "anggaran", "pelatihan", "kependudukan", "parkir", "keamanan", "jaringan")
            .Select(q => q with { Category = "with facets", WithFacets = true }),
    ];

    private static IEnumerable<ScaleQuery> Words(string category, params string[] texts) => texts.Select(t => new ScaleQuery(category, t));
}

/// <summary>An engine of the comparison, loaded with the corpus (or opened on the index the platform built).</summary>
internal interface IScaleEngine : IAsyncDisposable
{
    string Name { get; }

    /// <summary>What exactly was set up, printed with the results.</summary>
    string Setup { get; }

    /// <summary>Loads the documents; returns how many.</summary>
    Task<int> LoadAsync(IEnumerable<ScaleDocument> documents);

    ScaleAnswer Search(ScaleQuery query);
}
