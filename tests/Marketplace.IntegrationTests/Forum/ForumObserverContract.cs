using System.Security.Claims;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Forum;

/// <summary>
/// The events notifications will plug into: the forum service of the real host, with a recording observer beside it,
/// raises ThreadCreated, PostCreated and PostEdited with the mentioned accounts resolved (ambiguous handles and the
/// author left out).
/// </summary>
public abstract class ForumObserverContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Mentions_are_resolved_to_accounts_and_raised_with_each_new_thread_reply_and_edit()
    {
        var local = "rekan" + Guid.NewGuid().ToString("N")[..8];
        var author = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        var named = await TestAccounts.CreateAsync(Host, Roles.Anggota, "82.71", $"{local}@ternatekota.go.id");
        var twin = "kembar" + Guid.NewGuid().ToString("N")[..8];
        await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72", $"{twin}@singkawangkota.go.id");
        await TestAccounts.CreateAsync(Host, Roles.Anggota, "82.71", $"{twin}@ternatekota.go.id");
        var later = await TestAccounts.CreateAsync(Host, Roles.Anggota, "53.71");
        var recorder = new RecordingObserver();
        var user = Principal(author);

        await using var scope = Host.Services.CreateAsyncScope();
        var forum = ActivatorUtilities.CreateInstance<ForumService>(scope.ServiceProvider, (IEnumerable<IForumObserver>)[recorder]);
        var self = Mentions.HandleOf(author.Email!);
        var thread = (await forum.CreateThreadAsync(user, "umum", new ThreadInput { Title = "Sebutan", Body = $"Halo @{local}, @{twin}, @{self} dan @tidakada{local}" }, default)).Value!;
        var reply = (await forum.ReplyAsync(user, thread.Id, new PostInput { Body = $"Sekali lagi @{local.ToUpperInvariant()}" }, default)).Value!;
        await forum.EditAsync(user, reply.Id, new PostInput { Body = $"Sekali lagi @{local} dan @{Mentions.HandleOf(later.Email!)}" }, default);

        Assert.Equal([$"thread:{thread.Id}:{named.Id}", $"post:{reply.Number}:{named.Id}", $"edit:{reply.Number}:{later.Id}"], recorder.Events);
    }

    private static ClaimsPrincipal Principal(ApplicationUser user) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, user.Id), new("mk:region", user.RegionCode), new("mk:name", user.FullName)],
        "uji"));

    private sealed class RecordingObserver : IForumObserver
    {
        public List<string> Events { get; } = [];

        public Task ThreadCreatedAsync(ForumThread thread, Post firstPost, IReadOnlyList<string> mentionedUserIds, CancellationToken cancellationToken) =>
            Record($"thread:{thread.Id}", mentionedUserIds);

        public Task PostCreatedAsync(ForumThread thread, Post post, IReadOnlyList<string> mentionedUserIds, CancellationToken cancellationToken) =>
            Record($"post:{post.Number}", mentionedUserIds);

        public Task PostEditedAsync(ForumThread thread, Post post, IReadOnlyList<string> newlyMentionedUserIds, CancellationToken cancellationToken) =>
            Record($"edit:{post.Number}", newlyMentionedUserIds);

        private Task Record(string what, IReadOnlyList<string> ids)
        {
            Events.AddRange(ids.Select(id => $"{what}:{id}"));
            return Task.CompletedTask;
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ForumObserverOnSqlite(SqliteHostFixture fixture) : ForumObserverContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ForumObserverOnPostgres(PostgresHostFixture fixture) : ForumObserverContract(fixture);
