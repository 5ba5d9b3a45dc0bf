using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing.Xss;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Forum;

/// <summary>
/// The shared XSS corpus through the forum's real forms: as replies (in batches that fit a post), in the preview of a
/// reply and of a new thread, through the edit form with its preview and history, and as thread titles where a payload
/// is a valid title. Each page is read back by <see cref="RenderedHtmlCheck"/> where user content is shown, and the
/// whole page is checked for inline script and event handlers; the markers prove the payloads reached the page.
/// </summary>
public abstract class ForumXssContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private static IReadOnlyList<IReadOnlyList<XssPayload>> Batches => XssCorpus.Batches(ForumRules.BodyMax);

    [Fact]
    public async Task The_corpus_as_replies_is_stored_as_typed_and_every_page_of_the_thread_renders_it_harmless()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (threadUrl, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Uji XSS dalam balasan");

        foreach (var batch in Batches)
        {
            using var reply = await ForumFlows.ReplyAsync(member, threadUrl, XssCorpus.AsOneDocument(batch));
            Assert.True(reply.StatusCode == HttpStatusCode.Redirect,
                $"A reply of {batch.Count} payloads was refused: {string.Join(", ", AccountFlows.Errors(await reply.Content.ReadAsStringAsync()))}");
        }

        var posts = await ForumFlows.PostsAsync(Host, threadId);
        Assert.Equal(Batches.Select(b => XssCorpus.AsOneDocument(b)), posts.Skip(1).Select(p => p.Body));
        var pageCount = (posts.Count + ForumRules.PostsPerPage - 1) / ForumRules.PostsPerPage;
        var text = "";
        for (var page = 1; page <= pageCount; page++)
        {
            var html = await Html.GetPageAsync(Host.CreateClient(), $"{threadUrl}?halaman={page.ToString(CultureInfo.InvariantCulture)}");
            AssertHarmless(html, ".forum-post .prose");
            text += WebUtility.HtmlDecode(html);
        }

        Assert.All(XssCorpus.All, p => Assert.Contains(XssCorpus.Marker(p), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_corpus_in_the_preview_of_a_reply_and_of_a_new_thread_renders_harmless_and_saves_nothing()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (threadUrl, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Uji XSS dalam pratinjau");

        foreach (var batch in Batches)
        {
            var document = XssCorpus.AsOneDocument(batch);
            using var reply = await ForumFlows.ReplyAsync(member, threadUrl, document, preview: true);
            using var started = await ForumFlows.StartAsync(member, board.Slug, "Pratinjau topik XSS", document, preview: true);

            foreach (var response in new[] { reply, started })
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = await response.Content.ReadAsStringAsync();
                AssertHarmless(html, ".forum-preview .prose");
                AssertReached(html, batch);
            }
        }

        Assert.Single(await ForumFlows.PostsAsync(Host, threadId));
        Assert.Equal(1, await Host.QueryAsync(db => db.ForumThreads.CountAsync(t => t.BoardId == board.Id)));
    }

    [Fact]
    public async Task The_corpus_through_the_edit_form_its_preview_and_its_history_renders_harmless()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (threadUrl, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Uji XSS lewat penyuntingan");
        using (var first = await ForumFlows.ReplyAsync(member, threadUrl, "Balasan awal yang akan disunting."))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var postId = (await ForumFlows.PostsAsync(Host, threadId))[1].Id;
        var editPage = $"/forum/p/{postId.ToString(CultureInfo.InvariantCulture)}/ubah";
        foreach (var batch in Batches)
        {
            var document = XssCorpus.AsOneDocument(batch);
            using var preview = await AccountFlows.SubmitPageAsync(member, editPage, ("Input.Body", document), ("pratinjau", "1"));
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            var previewHtml = await preview.Content.ReadAsStringAsync();
            AssertHarmless(previewHtml, ".forum-preview .prose");
            AssertReached(previewHtml, batch);

            using var saved = await AccountFlows.SubmitPageAsync(member, editPage, ("Input.Body", document));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var last = XssCorpus.AsOneDocument(Batches[^1]);
        Assert.Equal(last, (await ForumFlows.PostsAsync(Host, threadId))[1].Body);
        var form = await Html.GetPageAsync(member, editPage);
        AssertHarmless(form, ".forum-revision .prose");
        Assert.Equal(last, new HtmlParser().ParseDocument(form).QuerySelector("textarea")!.TextContent);
        AssertReached(form, Batches.Count > 1 ? Batches[0] : []);
        var thread = await Html.GetPageAsync(Host.CreateClient(), threadUrl);
        AssertHarmless(thread, ".forum-post .prose");
        AssertReached(thread, Batches[^1]);
    }

    [Fact]
    public async Task Each_payload_that_is_a_valid_title_is_kept_as_typed_and_shown_harmless_in_heading_breadcrumb_and_board()
    {
        var titles = XssCorpus.All.Select(p => p.Markdown.Trim())
            .Where(t => ForumChecks.Check(new ThreadInput { Title = t, Body = "Isi." }, out _).Count == 0).Distinct().ToList();
        Assert.True(titles.Count >= 20, $"Only {titles.Count} payloads fit a title.");
        var board = await ForumFlows.BoardAsync(Host);
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var reader = Host.CreateClient();

        foreach (var title in titles)
        {
            var (url, id) = await ForumFlows.StartThreadAsync(member, board.Slug, title, "Isi uji judul.");
            Assert.Equal(title, (await ForumFlows.ThreadAsync(Host, id)).Title);
            var html = await Html.GetPageAsync(reader, url);
            AssertHarmless(html, "h1");
            AssertHarmless(html, "nav.breadcrumb");
            var page = new HtmlParser().ParseDocument(html);
            Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
            Assert.Equal(title, page.QuerySelector("nav.breadcrumb li[aria-current=page]")!.TextContent);
        }

        var listed = new List<string>();
        for (var next = "/forum/" + board.Slug; next is not null;)
        {
            var html = await Html.GetPageAsync(reader, next);
            AssertHarmless(html, "table.forum-threads");
            var page = new HtmlParser().ParseDocument(html);
            listed.AddRange(page.QuerySelectorAll("table.forum-threads tbody th a").Select(a => a.TextContent));
            next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(titles.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// No problem where user content is rendered, and on the whole page no script but the site's own files, no event
    /// handler and no dangerous URL anywhere (a payload that escaped its container would show up here).
    /// </summary>
    private static void AssertHarmless(string html, string selector)
    {
        var problems = RenderedHtmlCheck.ProblemsIn(html, selector).ToList();
        var document = new HtmlParser().ParseDocument(html);
        foreach (var script in document.Scripts)
        {
            var src = script.GetAttribute("src");
            if (src is null || !src.StartsWith('/') || src.StartsWith("//", StringComparison.Ordinal) || script.TextContent.Trim().Length > 0)
            {
                problems.Add($"page script {script.OuterHtml[..Math.Min(120, script.OuterHtml.Length)]}");
            }
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"<{element.LocalName}> has {attribute.Name} on the page");
                }
                else if (attribute.Name is "href" or "src" or "action" or "formaction" && RenderedHtmlCheck.UrlProblem(attribute.Value) is { } why)
                {
                    problems.Add($"<{element.LocalName}> {attribute.Name}=\"{attribute.Value}\" {why}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"The page ({selector}) holds:\n" + string.Join("\n", problems));
    }

    private static void AssertReached(string html, IEnumerable<XssPayload> payloads)
    {
        var text = WebUtility.HtmlDecode(html);
        Assert.All(payloads, p => Assert.Contains(XssCorpus.Marker(p), text, StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ForumXssOnSqlite(SqliteHostFixture fixture) : ForumXssContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ForumXssOnPostgres(PostgresHostFixture fixture) : ForumXssContract(fixture);
