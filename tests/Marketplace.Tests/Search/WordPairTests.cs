using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Index;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

/// <summary>
/// The word-pair companions of the text fields: what they hold, and that a phrase looked up there finds exactly the
/// documents that have the phrase, no more and no fewer.
/// </summary>
public sealed class WordPairTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();
    private readonly IndonesianAnalysis _analysis = new();

    public void Dispose()
    {
        _temp.Dispose();
        _analysis.Dispose();
    }

    [Fact]
    public void Neighbouring_words_are_paired_at_the_position_of_the_first()
    {
        var pairs = Pairs(SearchFields.Spell, "Portal Satu Data Indonesia");

        Assert.Equal(["0:portal satu", "1:satu data", "2:data indonesia"], pairs);
    }

    [Fact]
    public void A_removed_stop_word_pairs_nothing_across_it_and_stems_are_paired_as_stems()
    {
        // "dan" is a stop word in the stemmed fields; "bangunan" is stemmed to "bangun".
        Assert.Equal(["0:pajak bumi", "3:bangun gedung"], Pairs(SearchFields.Body, "pajak bumi dan bangunan gedung"));

        // The unstemmed field keeps it, so a quoted phrase with it is a phrase of pairs.
        Assert.Equal(["0:pajak bumi", "1:bumi dan", "2:dan bangunan", "3:bangunan gedung"], Pairs(SearchFields.Spell, "pajak bumi dan bangunan gedung"));
    }

    [Fact]
    public void Stacked_words_pair_with_each_neighbour()
    {
        var pairs = Pairs(SearchFields.Spell, "layanan e-parkir online");

        Assert.Equal(["0:layanan eparkir", "0:layanan parkir", "1:eparkir online", "1:parkir online"], pairs);
    }

    [Fact]
    public void Text_of_one_word_or_none_has_no_pairs()
    {
        Assert.Empty(Pairs(SearchFields.Body, "parkir"));
        Assert.Empty(Pairs(SearchFields.Body, ""));
        Assert.Empty(Pairs(SearchFields.Body, "yang dan"));
    }

    [Fact]
    public async Task A_quoted_phrase_finds_exactly_the_documents_with_the_words_in_that_order()
    {
        await _temp.AddAsync(
            App("exact", "Portal satu data kota"),
            App("reversed", "Data satu pintu"),
            App("apart", "Satu aplikasi untuk data"),
            App("three", "Pusat data nasional untuk daerah"),
            App("three-apart", "Pusat data daerah dan data nasional"),
            App("stacked", "Layanan e-parkir online kota"));

        Assert.Equal(["exact"], Ids("\"satu data\""));
        Assert.Equal(["three"], Ids("\"pusat data nasional\""));
        Assert.Equal(["stacked"], Ids("\"e-parkir online\""));
        Assert.Equal(["stacked"], Ids("\"parkir online\""));
        Assert.Empty(Ids("\"data pusat\""));
    }

    [Fact]
    public async Task A_multi_word_synonym_is_found_through_the_pairs_of_every_field()
    {
        // "perangkat daerah" is one of "opd"'s alternatives; the title weighs more than the body.
        await _temp.AddAsync(
            App("body", "Aplikasi kepegawaian", body: "Dipakai oleh semua perangkat daerah kabupaten."),
            App("title", "Rapat perangkat daerah"),
            App("apart", "Perangkat jaringan", body: "Server milik daerah."));

        var hits = _temp.Index.Search(new SearchRequest { Text = "opd" }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(["title", "body"], hits);
    }

    [Fact]
    public async Task Typed_words_side_by_side_in_a_document_rank_it_above_one_with_them_apart()
    {
        // Same words, same lengths: without the neighbours the two tie, and the first written ("apart") comes first.
        await _temp.AddAsync([
            App("apart", "Sertifikat dinas", body: "Pejabat mengurus sertifikat untuk surat elektronik."),
            App("together", "Sertifikat dinas", body: "Pejabat mengurus surat untuk sertifikat elektronik."),
            .. Others(40)]);

        var hits = _temp.Index.Search(new SearchRequest { Text = "sertifikat elektronik" }).Hits;

        Assert.Equal(["together", "apart"], hits.Select(h => h.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public async Task Neighbours_that_many_documents_have_side_by_side_add_nothing()
    {
        // "sertifikat elektronik" side by side in 3 of 42 documents, more than 5 %: not looked up, so the two tie again.
        await _temp.AddAsync([
            App("apart", "Sertifikat dinas", body: "Pejabat mengurus sertifikat untuk surat elektronik."),
            App("together", "Sertifikat dinas", body: "Pejabat mengurus surat untuk sertifikat elektronik."),
            App("common-1", "Pasar", body: "Sertifikat elektronik pasar."),
            App("common-2", "Pasar", body: "Sertifikat elektronik pasar."),
            .. Others(38)]);

        var hits = _temp.Index.Search(new SearchRequest { Text = "sertifikat elektronik" }).Hits.Where(h => !h.Id.StartsWith("common", StringComparison.Ordinal)).ToList();

        Assert.Equal(["apart", "together"], hits.Select(h => h.Id));
        Assert.Equal(hits[0].Score, hits[1].Score);
    }

    [Fact]
    public async Task A_reply_is_found_by_its_own_words_and_shows_its_thread_title()
    {
        var thread = Doc(SearchType.Thread, "1", "Uji penetrasi aplikasi", "Siapa punya jadwal?");
        var reply = Doc(SearchType.Post, "2", "Uji penetrasi aplikasi", "Kami memakai pemindai kerentanan sumber terbuka.") with { TitleIsSearched = false };
        await _temp.AddAsync(thread, reply);

        var byTitle = _temp.Index.Search(new SearchRequest { Text = "penetrasi" }).Hits;
        var byOwnWords = _temp.Index.Search(new SearchRequest { Text = "pemindai kerentanan" }).Hits;

        Assert.Equal(["thread:1"], byTitle.Select(h => SearchKeys.For(h.Type, h.Id)));
        var hit = Assert.Single(byOwnWords);
        Assert.Equal(("2", "Uji penetrasi aplikasi"), (hit.Id, hit.Title));
        Assert.Empty(_temp.Index.Search(new SearchRequest { Text = "\"uji penetrasi\"", Type = SearchType.Post }).Hits);
    }

    private static IEnumerable<SearchDocument> Others(int count) =>
        Enumerable.Range(1, count).Select(i => App($"other-{i}", $"Retribusi pasar {i}", body: "Pedagang membayar retribusi harian."));

    private List<string> Ids(string text) =>
        [.. _temp.Index.Search(new SearchRequest { Text = text, PageSize = 50 }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];

    private List<string> Pairs(string field, string text) =>
        [.. TextAnalysis.Positions(_analysis, SearchFields.Pairs(field), text).SelectMany(p => p.Terms.Select(t => $"{p.Position}:{t}"))];
}
