using System.Net;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Testing.Xss;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Forum.Recommendations;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Support.RecommendationFlows;

namespace Marketplace.IntegrationTests.Forum.Recommendations;

/// <summary>A pokja thread's recommendation from draft to endorsement, and every refusal on the way, through the real pages and the API.</summary>
public abstract class RecommendationContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_pokja_drafts_edits_reviews_and_a_kurator_endorses_then_the_pokja_page_the_thread_and_the_api_list_it()
    {
        var board = await PokjaAsync(Host);
        var (author, authorUser) = await MemberAsync(Host, board, "33.74");
        var (colleague, colleagueUser) = await MemberAsync(Host, board, "16.71");
        var (thread, threadId) = await ForumFlows.StartThreadAsync(author, board.Slug, "Target SPBE dan rencana aplikasi", "Bagaimana menyelaraskan?");
        using (var reply = await ForumFlows.ReplyAsync(colleague, thread, "Lewat telaah usulan aplikasi."))
        {
            Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        }

        var threadPage = await Html.GetPageAsync(author, thread);
        Assert.Contains($"href=\"/forum/t/{threadId}/rekomendasi/baru\">Susun rekomendasi</a>", threadPage, StringComparison.Ordinal);
        var form = System.Net.WebUtility.HtmlDecode(await Html.GetPageAsync(author, $"/forum/t/{threadId}/rekomendasi/baru"));
        Assert.Contains("## Latar belakang", form, StringComparison.Ordinal);
        Assert.Contains("## Tindak lanjut", form, StringComparison.Ordinal);
        using var preview = await CreateAsync(author, threadId, "Telaah usulan", "## Rekomendasi\n\n**Tebal**", preview: true);
        Assert.Contains("<strong>Tebal</strong>", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.ForumRecommendations.AnyAsync(r => r.SourceThreadId == threadId)));

        var (url, id) = await CreateRecommendationAsync(author, threadId, "Telaah usulan aplikasi", "## Rekomendasi\n\nVersi pertama.");
        Assert.Equal($"/forum/rekomendasi/{id}/telaah-usulan-aplikasi", url);
        Assert.Contains("Status: Draf", await Html.GetPageAsync(author, url), StringComparison.Ordinal);

        using (var edit = await EditAsync(colleague, id, "Telaah usulan aplikasi daerah", "## Rekomendasi\n\nVersi kedua, lebih lengkap.", "Masukan Palembang"))
        {
            Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        }

        using (var submit = await MoveAsync(author, id, "Submit", "Siap ditinjau"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        }

        using (var first = await ReviewAsync(author, id, "PerluPerbaikan", "Tambahkan dasar hukum."))
        using (var again = await ReviewAsync(author, id, "Setuju"))
        using (var second = await ReviewAsync(colleague, id, "Setuju", "Sepakat."))
        {
            Assert.All(new[] { first, again, second }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        }

        var reviews = await ReviewsAsync(Host, id);
        Assert.Equal(2, reviews.Count);
        Assert.All(reviews, r => Assert.Equal((2, ReviewVerdict.Setuju), (r.VersionNumber, r.Verdict)));
        Assert.Null(reviews.Single(r => r.UserId == authorUser.Id).Comment);

        using var curator = await ForumFlows.CuratorAsync(Host);
        var underReview = WebUtility.HtmlDecode(await Html.GetPageAsync(curator, url));
        Assert.Contains("Setuju: 2 · Perlu perbaikan: 0", underReview, StringComparison.Ordinal);
        using (var endorse = await MoveAsync(curator, id, "Endorse", "Disahkan untuk rujukan daerah."))
        {
            Assert.Equal(HttpStatusCode.Redirect, endorse.StatusCode);
        }

        var endorsed = await LoadAsync(Host, id);
        Assert.Equal(RecommendationState.Disahkan, endorsed.State);
        Assert.Equal(2, endorsed.CurrentVersion);
        Assert.NotNull(endorsed.EndorsedAt);
        Assert.Equal(
            [(null, RecommendationState.Draf), (RecommendationState.Draf, RecommendationState.Ditinjau), (RecommendationState.Ditinjau, RecommendationState.Disahkan)],
            endorsed.Events.OrderBy(e => e.Id).Select(e => ((RecommendationState?)e.From, e.To)));
        var versions = await VersionsAsync(Host, id);
        Assert.Equal(["## Rekomendasi\n\nVersi pertama.", "## Rekomendasi\n\nVersi kedua, lebih lengkap."], versions.Select(v => v.Body));
        Assert.Equal("Masukan Palembang", versions[1].ChangeNote);

        var page = await Html.GetPageAsync(Host.CreateClient(), url);
        Assert.Contains("Status: Disahkan", page, StringComparison.Ordinal);
        Assert.Contains("Versi kedua, lebih lengkap.", page, StringComparison.Ordinal);
        Assert.Contains("Disahkan untuk rujukan daerah.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{thread}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=", page, StringComparison.Ordinal);
        Assert.Contains(url, await Html.GetPageAsync(Host.CreateClient(), $"/forum/{board.Slug}"), StringComparison.Ordinal);
        Assert.Contains(url, await Html.GetPageAsync(Host.CreateClient(), $"/forum/{board.Slug}/rekomendasi"), StringComparison.Ordinal);
        Assert.Contains(url, await Html.GetPageAsync(Host.CreateClient(), thread), StringComparison.Ordinal);

        using var list = await Host.CreateClient().GetAsync($"/api/v1/forum/recommendations?board={board.Slug}");
        var listed = Assert.Single((await ApiCalls.JsonAsync(list)).GetProperty("recommendations").EnumerateArray());
        Assert.Equal(("disahkan", id), (listed.GetProperty("state").GetString(), listed.GetProperty("id").GetInt32()));
        using var one = await Host.CreateClient().GetAsync($"/api/v1/forum/recommendations/{id}");
        var json = await ApiCalls.JsonAsync(one);
        Assert.Equal("## Rekomendasi\n\nVersi kedua, lebih lengkap.", json.GetProperty("body").GetString());
        Assert.Equal([2, 1], json.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(2, json.GetProperty("reviews").GetProperty("setuju").GetInt32());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, json.GetProperty("recommendation").GetProperty("endorsedAt").ValueKind);

        var told = await Host.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKind.Recommendation && n.DedupeKey == $"recommendation-endorsed:{id}").Select(n => n.UserId).ToListAsync());
        Assert.Equal(new[] { authorUser.Id, colleagueUser.Id }.Order(), told.Order());
    }

    [Fact]
    public async Task Outsiders_get_403_a_member_may_not_endorse_and_signed_out_writers_are_sent_to_sign_in()
    {
        var board = await PokjaAsync(Host);
        var (member, _) = await MemberAsync(Host, board);
        var (thread, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik pokja untuk uji hak");
        var (_, id) = await CreateRecommendationAsync(member, threadId, "Rekomendasi uji hak");
        using (var submit = await MoveAsync(member, id, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        }

        var (outsider, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "61.72");
        using var createForm = await outsider.GetAsync($"/forum/t/{threadId}/rekomendasi/baru");
        using var create = await Forms.PostAsync(outsider, $"/forum/t/{threadId}/rekomendasi/baru",
            ("Input.Title", "Bukan anggota"), ("Input.Body", "Isi"), ("__RequestVerificationToken", await Forms.GetAntiforgeryAsync(outsider, "/forum")));
        using var edit = await EditAsync(outsider, id, "Diubah orang luar", "Isi orang luar");
        using var review = await ReviewAsync(outsider, id, "Setuju");
        using var endorse = await MoveAsync(member, id, "Endorse");
        using var anonymous = await Host.CreateClient().GetAsync($"/forum/t/{threadId}/rekomendasi/baru");

        Assert.Equal(HttpStatusCode.Forbidden, createForm.StatusCode);
        Assert.Contains("Hanya anggota pokja ini dan Kurator yang dapat menyusun dan mengubah rekomendasinya.", await ErrorsAsync(createForm));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        Assert.Contains("Hanya anggota pokja ini yang dapat memberikan penilaian.", await ErrorsAsync(review));
        Assert.Equal(HttpStatusCode.Forbidden, endorse.StatusCode);
        Assert.Contains("Hanya Kurator Kemenkominfo yang dapat mengesahkan, mengembalikan atau menarik rekomendasi.", await ErrorsAsync(endorse));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/akun/masuk", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("/rekomendasi/baru", await Html.GetPageAsync(outsider, thread), StringComparison.Ordinal);

        var unchanged = await LoadAsync(Host, id);
        Assert.Equal((RecommendationState.Ditinjau, 1, "Rekomendasi uji hak"), (unchanged.State, unchanged.CurrentVersion, unchanged.Title));
        Assert.Empty(await ReviewsAsync(Host, id));
        Assert.Equal(1, await Host.QueryAsync(db => db.ForumRecommendations.CountAsync(r => r.SourceThreadId == threadId)));
    }

    [Fact]
    public async Task A_thread_on_a_board_that_is_not_a_pokja_produces_no_recommendation()
    {
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        using var curator = await ForumFlows.CuratorAsync(Host);
        var (thread, threadId) = await ForumFlows.StartThreadAsync(member, "umum", "Topik umum tanpa rekomendasi");

        using var form = await curator.GetAsync($"/forum/t/{threadId}/rekomendasi/baru");
        using var post = await Forms.PostAsync(curator, $"/forum/t/{threadId}/rekomendasi/baru",
            ("Input.Title", "Tidak boleh"), ("Input.Body", "Isi"), ("__RequestVerificationToken", await Forms.GetAntiforgeryAsync(curator, "/forum")));

        Assert.Equal(HttpStatusCode.Conflict, form.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains("Rekomendasi hanya dapat disusun dari topik di papan pokja.", await ErrorsAsync(post));
        Assert.DoesNotContain("Susun rekomendasi", await Html.GetPageAsync(curator, thread), StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.ForumRecommendations.AnyAsync(r => r.SourceThreadId == threadId)));
        using var list = await Host.CreateClient().GetAsync("/forum/umum/rekomendasi");
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
    }

    [Fact]
    public async Task Returning_to_draft_needs_a_note_and_withdrawing_is_final()
    {
        var board = await PokjaAsync(Host);
        var (member, _) = await MemberAsync(Host, board);
        var (_, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik untuk dikembalikan");
        var (url, id) = await CreateRecommendationAsync(member, threadId, "Rekomendasi dikembalikan");
        (await MoveAsync(member, id, "Submit")).Dispose();
        using var curator = await ForumFlows.CuratorAsync(Host);

        using var bare = await MoveAsync(curator, id, "Return", "  \u200B ");
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("Tulis catatan: jelaskan apa yang perlu diperbaiki.", await ErrorsAsync(bare));
        Assert.Equal(RecommendationState.Ditinjau, (await LoadAsync(Host, id)).State);

        using var back = await MoveAsync(curator, id, "Return", "Lengkapi dasar hukum.");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var returned = await LoadAsync(Host, id);
        Assert.Equal(RecommendationState.Draf, returned.State);
        Assert.Equal("Lengkapi dasar hukum.", returned.Events.OrderBy(e => e.Id).Last().Note);
        Assert.Contains("Lengkapi dasar hukum.", await Html.GetPageAsync(member, url), StringComparison.Ordinal);

        using var review = await ReviewAsync(member, id, "Setuju");
        Assert.Equal(HttpStatusCode.Conflict, review.StatusCode);
        Assert.Contains("Penilaian hanya dapat diberikan selama rekomendasi ditinjau pokja.", await ErrorsAsync(review));

        using var withdraw = await MoveAsync(curator, id, "Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        using var editAfter = await EditAsync(member, id, "Setelah ditarik", "Isi baru");
        Assert.Equal(HttpStatusCode.Conflict, editAfter.StatusCode);
        Assert.Contains("Rekomendasi ini sudah disahkan atau ditarik dan tidak dapat diubah lagi.", await ErrorsAsync(editAfter));
        Assert.Single(await VersionsAsync(Host, id));
        Assert.Equal(RecommendationState.Ditarik, (await LoadAsync(Host, id)).State);
    }

    [Fact]
    public async Task A_stale_form_gets_409_and_changes_nothing()
    {
        var board = await PokjaAsync(Host);
        var (first, _) = await MemberAsync(Host, board);
        var (second, _) = await MemberAsync(Host, board, "61.72");
        var (_, threadId) = await ForumFlows.StartThreadAsync(first, board.Slug, "Topik untuk bentrok");
        var (_, id) = await CreateRecommendationAsync(first, threadId, "Rekomendasi bentrok", "Versi satu");
        var seen = (await LoadAsync(Host, id)).Revision;

        (await EditAsync(second, id, "Rekomendasi bentrok", "Versi dua oleh rekan")).Dispose();
        using var staleEdit = await EditAsync(first, id, "Rekomendasi bentrok", "Versi dua oleh saya", revision: seen);
        using var staleSubmit = await MoveAsync(first, id, "Submit", revision: seen);

        Assert.Equal(HttpStatusCode.Conflict, staleEdit.StatusCode);
        Assert.Contains(await ErrorsAsync(staleEdit), e => e.Contains("baru saja diubah oleh orang lain", StringComparison.Ordinal));
        Assert.Contains("Versi dua oleh saya", System.Net.WebUtility.HtmlDecode(await staleEdit.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, staleSubmit.StatusCode);
        Assert.Contains(await ErrorsAsync(staleSubmit), e => e.Contains("baru saja diubah oleh orang lain", StringComparison.Ordinal));
        var after = await LoadAsync(Host, id);
        Assert.Equal((RecommendationState.Draf, 2, seen + 1), (after.State, after.CurrentVersion, after.Revision));
        Assert.Equal(["Versi satu", "Versi dua oleh rekan"], (await VersionsAsync(Host, id)).Select(v => v.Body));

        (await MoveAsync(first, id, "Submit")).Dispose();
        (await EditAsync(second, id, "Rekomendasi bentrok", "Versi tiga selama ditinjau", "Perbaikan")).Dispose();
        using var oldVersionReview = await ReviewAsync(first, id, "Setuju", version: 2);
        Assert.Equal(HttpStatusCode.Conflict, oldVersionReview.StatusCode);
        Assert.Empty(await ReviewsAsync(Host, id));
        Assert.Equal((RecommendationState.Ditinjau, 3), ((await LoadAsync(Host, id)).State, (await LoadAsync(Host, id)).CurrentVersion));
    }

    [Fact]
    public async Task Reviews_of_an_older_version_stop_counting_after_an_edit_under_review()
    {
        var board = await PokjaAsync(Host);
        var (member, _) = await MemberAsync(Host, board);
        var (_, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik penilaian ulang");
        var (url, id) = await CreateRecommendationAsync(member, threadId, "Rekomendasi penilaian ulang");
        (await MoveAsync(member, id, "Submit")).Dispose();
        (await ReviewAsync(member, id, "Setuju")).Dispose();
        Assert.Contains("Setuju: 1 · Perlu perbaikan: 0", WebUtility.HtmlDecode(await Html.GetPageAsync(member, url)), StringComparison.Ordinal);

        (await EditAsync(member, id, "Rekomendasi penilaian ulang", "Isi baru selama ditinjau", "Perbaikan")).Dispose();

        var page = WebUtility.HtmlDecode(await Html.GetPageAsync(member, url));
        Assert.Contains("Setuju: 0 · Perlu perbaikan: 0", page, StringComparison.Ordinal);
        Assert.Contains("Penilaian pokja atas versi 2", page, StringComparison.Ordinal);
        Assert.Single(await ReviewsAsync(Host, id));
    }

    [Theory]
    [InlineData("", "Isi", "Tulis judul rekomendasi.")]
    [InlineData("Judul", " \n\t ", "Tulis isi rekomendasi: isi kosong atau hanya berisi spasi tidak dapat disimpan.")]
    [InlineData("Judul", null, "Isi rekomendasi terlalu panjang: paling banyak 50000 karakter (sekarang 50001).")]
    public async Task Bad_input_is_refused_with_a_message_and_nothing_is_saved(string title, string? body, string message)
    {
        var board = await PokjaAsync(Host);
        var (member, _) = await MemberAsync(Host, board);
        var (_, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik isian buruk");
        var text = body ?? new string('x', RecommendationRules.BodyMax + 1);

        using var create = await CreateAsync(member, threadId, title, text);
        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        Assert.Contains(message, await ErrorsAsync(create));
        Assert.False(await Host.QueryAsync(db => db.ForumRecommendations.AnyAsync(r => r.SourceThreadId == threadId)));

        var (_, id) = await CreateRecommendationAsync(member, threadId, "Rekomendasi sah", "Isi sah");
        using var edit = await EditAsync(member, id, title, text);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains(message, await ErrorsAsync(edit));
        Assert.Single(await VersionsAsync(Host, id));
        Assert.Equal(1, (await LoadAsync(Host, id)).Revision);
    }

    [Fact]
    public async Task A_body_of_exactly_fifty_thousand_characters_is_saved()
    {
        var board = await PokjaAsync(Host);
        var (member, _) = await MemberAsync(Host, board);
        var (_, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik batas panjang");
        var (_, id) = await CreateRecommendationAsync(member, threadId, "Rekomendasi panjang", new string('y', RecommendationRules.BodyMax));
        Assert.Equal(RecommendationRules.BodyMax, Assert.Single(await VersionsAsync(Host, id)).Body.Length);
    }

    [Fact]
    public async Task A_members_only_board_hides_its_recommendations_from_signed_out_readers_and_drafts_from_non_members()
    {
        var board = await PokjaAsync(Host, BoardReadAccess.Members);
        var (member, _) = await MemberAsync(Host, board);
        var (_, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik tertutup");
        var (reviewUrl, reviewed) = await CreateRecommendationAsync(member, threadId, "Rekomendasi ditinjau");
        (await MoveAsync(member, reviewed, "Submit")).Dispose();
        var (draftUrl, draft) = await CreateRecommendationAsync(member, threadId, "Rekomendasi draf");
        var (reader, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var anonymous = Host.CreateClient();

        using var signedOutPage = await anonymous.GetAsync(reviewUrl);
        using var signedOutList = await anonymous.GetAsync($"/forum/{board.Slug}/rekomendasi");
        using var signedOutApi = await anonymous.GetAsync($"/api/v1/forum/recommendations/{reviewed}");
        using var signedOutApiList = await anonymous.GetAsync($"/api/v1/forum/recommendations?board={board.Slug}");
        Assert.Equal(HttpStatusCode.Redirect, signedOutPage.StatusCode);
        Assert.Contains("/akun/masuk", signedOutPage.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedOutList.StatusCode);
        await ApiCalls.ProblemAsync(signedOutApi, HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(signedOutApiList, HttpStatusCode.NotFound);

        Assert.Contains("Rekomendasi ditinjau", await Html.GetPageAsync(reader, reviewUrl), StringComparison.Ordinal);
        await Html.GetPageAsync(reader, draftUrl, HttpStatusCode.NotFound);
        var readerList = await Html.GetPageAsync(reader, $"/forum/{board.Slug}/rekomendasi");
        Assert.Contains(reviewUrl, readerList, StringComparison.Ordinal);
        Assert.DoesNotContain(draftUrl, readerList, StringComparison.Ordinal);
        using var readerApi = await reader.GetAsync($"/api/v1/forum/recommendations?board={board.Slug}");
        Assert.Equal([reviewed], (await ApiCalls.JsonAsync(readerApi)).GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        using var readerDraft = await reader.GetAsync($"/api/v1/forum/recommendations/{draft}");
        await ApiCalls.ProblemAsync(readerDraft, HttpStatusCode.NotFound);

        using var memberApi = await member.GetAsync($"/api/v1/forum/recommendations?board={board.Slug}");
        Assert.Equal(["ditinjau", "draf"], (await ApiCalls.JsonAsync(memberApi)).GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("state").GetString()));
        using var unknown = await member.GetAsync("/api/v1/forum/recommendations/999999");
        await ApiCalls.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_old_version_stays_readable_with_a_note()
    {
        var board = await PokjaAsync(Host);
        var (member, _) = await MemberAsync(Host, board);
        var (_, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik versi lama");
        var (url, id) = await CreateRecommendationAsync(member, threadId, "Rekomendasi berversi", "Teks versi pertama");
        (await EditAsync(member, id, "Rekomendasi berversi baru", "Teks versi kedua", "Judul diperbarui")).Dispose();

        var old = await Html.GetPageAsync(member, $"/forum/rekomendasi/{id}?versi=1");
        Assert.Contains("Teks versi kedua", await Html.GetPageAsync(member, url), StringComparison.Ordinal);
        await Html.GetPageAsync(Host.CreateClient(), url, HttpStatusCode.NotFound);
        Assert.Contains("Teks versi pertama", old, StringComparison.Ordinal);
        Assert.DoesNotContain("Teks versi kedua", old, StringComparison.Ordinal);
        Assert.Contains("Anda membaca versi lama (1,", old, StringComparison.Ordinal);
        Assert.Contains("<h1>Rekomendasi berversi</h1>", old, StringComparison.Ordinal);
        Assert.Contains("Judul diperbarui", old, StringComparison.Ordinal);
        await Html.GetPageAsync(member, $"/forum/rekomendasi/{id}?versi=7", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Markdown_tricks_and_the_xss_corpus_are_neutralised_on_the_detail_page()
    {
        var board = await PokjaAsync(Host);
        var (member, _) = await MemberAsync(Host, board);
        var (_, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik XSS");
        var body = "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n" + XssCorpus.AsOneDocument();
        Assert.True(body.Length <= RecommendationRules.BodyMax);
        var (url, id) = await CreateRecommendationAsync(member, threadId, "<b onmouseover=alert(4)>XSS</b>", body);

        Assert.Equal(body, Assert.Single(await VersionsAsync(Host, id)).Body);
        (await MoveAsync(member, id, "Submit")).Dispose();
        foreach (var page in new[] { await Html.GetPageAsync(Host.CreateClient(), url), await Html.GetPageAsync(member, url) })
        {
            var problems = RenderedHtmlCheck.ProblemsIn(page, ".rec-body .prose");
            Assert.True(problems.Count == 0, "The rendered recommendation holds:\n" + string.Join("\n", problems));
            Assert.DoesNotContain("<script>alert", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch("<a\\b[^>]*href=\"\\s*javascript:", page);
            Assert.DoesNotContain("<b onmouseover", page, StringComparison.OrdinalIgnoreCase);
            var text = WebUtility.HtmlDecode(page);
            Assert.All(XssCorpus.All, p => Assert.Contains(XssCorpus.Marker(p), text, StringComparison.Ordinal));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecommendationOnSqlite(SqliteHostFixture fixture) : RecommendationContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class RecommendationOnPostgres(PostgresHostFixture fixture) : RecommendationContract(fixture);
