using System.Net;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using static Marketplace.IntegrationTests.Search.SearchFlows;

namespace Marketplace.IntegrationTests.Search;

/// <summary>/cari/sinonim: only curators change the list, bad groups are refused in Indonesian, and search follows at once.</summary>
public abstract class SynonymsPageContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Page = "/cari/sinonim";

    [Fact]
    public async Task Only_a_kurator_or_administrator_opens_the_page()
    {
        using var visitor = Host.CreateClient();
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "33.74");
        var curator = await ForumFlows.CuratorAsync(Host);

        using var anonymous = await visitor.GetAsync(Page);
        using var refused = await member.GetAsync(Page);

        Assert.Equal("/akun/masuk", anonymous.Headers.Location?.AbsolutePath);
        Assert.Equal("/akun/ditolak", refused.Headers.Location?.AbsolutePath);
        Assert.Contains("Sinonim pencarian", await Html.GetPageAsync(curator, Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_a_kurator_adds_makes_one_word_find_the_other_and_removing_it_undoes_that()
    {
        var curator = await ForumFlows.CuratorAsync(Host);
        var (a, b) = (UniqueWord(), UniqueWord());
        var (_, publisher) = await ApiCalls.PublisherAsync(Host, "33.74");
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Layanan {a}"));
        await CaughtUpAsync(Host);
        Assert.Equal(0, (await ApiAsync(Host.CreateClient(), $"q={b}")).GetProperty("total").GetInt32());

        using var added = await Forms.SubmitAsync(curator, Page, Page + "?handler=Add", ("Input.Terms", $"{a}, {b.ToUpperInvariant()}"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await Html.GetPageAsync(curator, Page);
        Assert.Contains($"{a}, {b}", list, StringComparison.Ordinal);
        Assert.Equal(1, (await ApiAsync(Host.CreateClient(), $"q={b}")).GetProperty("total").GetInt32());

        var row = list[list.IndexOf($"<th scope=\"row\">{a}, {b}</th>", StringComparison.Ordinal)..];
        var id = System.Text.RegularExpressions.Regex.Match(row, "name=\"id\" value=\"(?<id>\\d+)\"").Groups["id"].Value;
        using var removed = await Forms.SubmitAsync(curator, Page, Page + "?handler=Remove", ("id", id));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain($"{a}, {b}", await Html.GetPageAsync(curator, Page), StringComparison.Ordinal);
        Assert.Equal(0, (await ApiAsync(Host.CreateClient(), $"q={b}")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("", "Isi paling sedikit dua istilah, dipisahkan koma.")]
    [InlineData("parkir", "Sebuah kelompok sinonim memerlukan paling sedikit dua istilah yang berbeda.")]
    [InlineData("parkir, Parkir", "Istilah \"parkir\" disebut lebih dari sekali.")]
    [InlineData("parkir, x", "Istilah \"x\" harus 2 sampai 50 karakter.")]
    [InlineData("parkir, <script>", "Istilah \"<script>\" hanya boleh berisi huruf, angka, spasi, tanda hubung, titik, atau apostrof.")]
    [InlineData("a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11", "Paling banyak 10 istilah dalam satu kelompok.")]
    public async Task A_bad_group_is_refused_beside_the_field_in_Indonesian(string terms, string message)
    {
        var curator = await ForumFlows.CuratorAsync(Host);

        using var response = await Forms.SubmitAsync(curator, Page, Page + "?handler=Add", ("Input.Terms", terms));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, AccountFlows.Errors(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_term_already_in_a_group_is_refused()
    {
        var curator = await ForumFlows.CuratorAsync(Host);
        var (a, b, c) = (UniqueWord(), UniqueWord(), UniqueWord());
        using var first = await Forms.SubmitAsync(curator, Page, Page + "?handler=Add", ("Input.Terms", $"{a}, {b}"));

        using var second = await Forms.SubmitAsync(curator, Page, Page + "?handler=Add", ("Input.Terms", $"{c}, {b}"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains($"Istilah \"{b}\" sudah ada di kelompok \"{a}, {b}\". Hapus kelompok itu lalu tambahkan kembali dengan istilah baru.",
            AccountFlows.Errors(await second.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        var curator = await ForumFlows.CuratorAsync(Host);
        var a = UniqueWord();

        using var response = await Forms.PostAsync(curator, Page + "?handler=Add", ("Input.Terms", $"{a}, {a}x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(a, await Html.GetPageAsync(curator, Page), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SynonymsPageOnSqlite(SqliteHostFixture fixture) : SynonymsPageContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SynonymsPageOnPostgres(PostgresHostFixture fixture) : SynonymsPageContract(fixture);
