using Marketplace.Testing.Relevance;
using Marketplace.Testing.Search;
using Marketplace.Web.Features.Search;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

public sealed class SimilarAppsTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_paraphrased_description_finds_the_application_first()
    {
        await JudgedIndex.LoadAsync(_temp.Index, JudgedSet.Load());

        var similar = _temp.Index.FindSimilarApps(new SimilarAppsRequest
        {
            Name = "Sistem Antrean Pasien",
            Description = "Pasien mengambil nomor antrean puskesmas lewat ponsel sebelum berangkat, lalu memilih poli dan melihat perkiraan jam dilayani.",
        });

        Assert.Equal("antrean-puskesmas-depok", similar[0].Id);
        Assert.Equal("/app/antrean-puskesmas-depok", similar[0].Url);
    }

    [Fact]
    public async Task Every_judged_duplicate_finds_its_twins_in_the_first_five()
    {
        var set = JudgedSet.Load();
        await JudgedIndex.LoadAsync(_temp.Index, set);

        var report = RelevanceScorer.Score(
            set.Queries.Where(q => q.Category == "duplicate"),
            q => [.. _temp.Index.FindSimilarApps(new SimilarAppsRequest { Description = q.Text, Max = 10 }).Select(a => "app:" + a.Id)]);

        Assert.True(report.Overall.Passed == report.Overall.Queries, report.FailuresText());
    }

    [Fact]
    public async Task Only_published_applications_count_and_the_application_itself_is_left_out()
    {
        const string description = "Retribusi parkir tepi jalan dibayar dengan QRIS dan setoran juru parkir masuk kas daerah.";
        await _temp.AddAsync(
            App("1", "e-Parkir Palembang", body: description),
            App("2", "Parkir Elektronik Makassar", body: description),
            App("3", "Parkir draf", body: description, access: SearchAccess.Region("16.71")),
            Doc(SearchType.Thread, "4", "Parkir QRIS", description),
            App("5", "Info Harga Pasar", body: "Harga bahan pokok harian."));

        var similar = _temp.Index.FindSimilarApps(new SimilarAppsRequest { Name = "e-Parkir", Description = description, ExcludeAppId = "1" });

        Assert.Equal(["2"], similar.Select(a => a.Id));
    }

    [Fact]
    public async Task Empty_text_finds_nothing_and_max_is_respected()
    {
        await JudgedIndex.LoadAsync(_temp.Index, JudgedSet.Load());

        Assert.Empty(_temp.Index.FindSimilarApps(new SimilarAppsRequest()));
        Assert.Single(_temp.Index.FindSimilarApps(new SimilarAppsRequest { Description = "parkir", Max = 1 }));
        Assert.NotEmpty(_temp.Index.FindSimilarApps(new SimilarAppsRequest { Description = "parkir", Max = -3 }));
    }
}
