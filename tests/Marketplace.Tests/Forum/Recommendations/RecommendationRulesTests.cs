using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Forum.Recommendations;

namespace Marketplace.Tests.Forum.Recommendations;

public sealed class RecommendationRulesTests
{
    private static readonly RecommendationActor Member = new(true, PokjaMember: true, Kurator: false);
    private static readonly RecommendationActor Kurator = new(true, PokjaMember: false, Kurator: true);
    private static readonly RecommendationActor Outsider = new(true, PokjaMember: false, Kurator: false);

    public static TheoryData<RecommendationAction, RecommendationState, RecommendationState> Moves => new()
    {
        { RecommendationAction.Submit, RecommendationState.Draf, RecommendationState.Ditinjau },
        { RecommendationAction.Endorse, RecommendationState.Ditinjau, RecommendationState.Disahkan },
        { RecommendationAction.Return, RecommendationState.Ditinjau, RecommendationState.Draf },
        { RecommendationAction.Withdraw, RecommendationState.Draf, RecommendationState.Ditarik },
        { RecommendationAction.Withdraw, RecommendationState.Ditinjau, RecommendationState.Ditarik },
        { RecommendationAction.Edit, RecommendationState.Ditinjau, RecommendationState.Ditinjau },
        { RecommendationAction.Review, RecommendationState.Ditinjau, RecommendationState.Ditinjau },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void Each_move_leads_where_it_should(RecommendationAction action, RecommendationState from, RecommendationState to) =>
        Assert.Equal(to, RecommendationRules.Target(action, from));

    [Fact]
    public void Members_and_kurator_draft_edit_and_submit_only_members_review_only_kurator_decides()
    {
        Assert.True(RecommendationRules.Decide(RecommendationAction.Create, null, Member).IsAllowed);
        Assert.True(RecommendationRules.Decide(RecommendationAction.Create, null, Kurator).IsAllowed);
        Assert.Equal([RecommendationAction.Edit, RecommendationAction.Submit], RecommendationRules.Available(RecommendationState.Draf, Member));
        Assert.Equal([RecommendationAction.Edit, RecommendationAction.Review], RecommendationRules.Available(RecommendationState.Ditinjau, Member));
        Assert.Equal(
            [RecommendationAction.Edit, RecommendationAction.Endorse, RecommendationAction.Return, RecommendationAction.Withdraw],
            RecommendationRules.Available(RecommendationState.Ditinjau, Kurator));
        Assert.Equal([RecommendationAction.Edit, RecommendationAction.Submit, RecommendationAction.Withdraw], RecommendationRules.Available(RecommendationState.Draf, Kurator));
        Assert.Contains(RecommendationAction.Review, RecommendationRules.Available(RecommendationState.Ditinjau, Kurator with { PokjaMember = true }));
    }

    [Theory]
    [InlineData(RecommendationAction.Endorse, "Rec.KuratorOnly")]
    [InlineData(RecommendationAction.Return, "Rec.KuratorOnly")]
    [InlineData(RecommendationAction.Withdraw, "Rec.KuratorOnly")]
    public void A_member_may_not_decide_whatever_the_state(RecommendationAction action, string key)
    {
        foreach (var state in Enum.GetValues<RecommendationState>())
        {
            Assert.Equal(new RuleDecision(RuleVerdict.Forbidden, key), RecommendationRules.Decide(action, state, Member));
        }
    }

    [Theory]
    [InlineData(RecommendationAction.Create)]
    [InlineData(RecommendationAction.Edit)]
    [InlineData(RecommendationAction.Submit)]
    [InlineData(RecommendationAction.Review)]
    [InlineData(RecommendationAction.Endorse)]
    public void An_outsider_is_forbidden_and_a_signed_out_reader_asked_to_sign_in(RecommendationAction action)
    {
        Assert.Equal(RuleVerdict.Forbidden, RecommendationRules.Decide(action, RecommendationState.Ditinjau, Outsider).Verdict);
        Assert.Equal(RuleVerdict.SignInRequired, RecommendationRules.Decide(action, RecommendationState.Ditinjau, RecommendationActor.Anonymous).Verdict);
    }

    [Fact]
    public void A_kurator_may_not_review_unless_a_member()
    {
        Assert.Equal(new RuleDecision(RuleVerdict.Forbidden, "Rec.MembersOnlyReview"), RecommendationRules.Decide(RecommendationAction.Review, RecommendationState.Ditinjau, Kurator));
    }

    [Theory]
    [InlineData(BoardKind.Umum)]
    [InlineData(BoardKind.Aplikasi)]
    public void Only_a_pokja_board_produces_recommendations(BoardKind kind)
    {
        Assert.Equal(new RuleDecision(RuleVerdict.Conflict, "Rec.NotPokja"), RecommendationRules.Decide(RecommendationAction.Create, null, Member, kind));
        Assert.Equal(RuleVerdict.Conflict, RecommendationRules.Decide(RecommendationAction.Create, null, Kurator, kind).Verdict);
    }

    [Theory]
    [InlineData(RecommendationAction.Submit, RecommendationState.Ditinjau, "Rec.WrongState.Submit")]
    [InlineData(RecommendationAction.Endorse, RecommendationState.Draf, "Rec.WrongState.Endorse")]
    [InlineData(RecommendationAction.Return, RecommendationState.Draf, "Rec.WrongState.Return")]
    [InlineData(RecommendationAction.Review, RecommendationState.Draf, "Rec.WrongState.Review")]
    [InlineData(RecommendationAction.Edit, RecommendationState.Disahkan, "Rec.Final")]
    [InlineData(RecommendationAction.Withdraw, RecommendationState.Disahkan, "Rec.Final")]
    [InlineData(RecommendationAction.Submit, RecommendationState.Ditarik, "Rec.Final")]
    [InlineData(RecommendationAction.Endorse, RecommendationState.Disahkan, "Rec.Final")]
    public void A_move_at_the_wrong_moment_is_a_conflict(RecommendationAction action, RecommendationState state, string key)
    {
        var actor = new RecommendationActor(true, PokjaMember: true, Kurator: true);
        Assert.Equal(new RuleDecision(RuleVerdict.Conflict, key), RecommendationRules.Decide(action, state, actor));
    }

    [Fact]
    public void Endorsed_and_withdrawn_recommendations_allow_nothing()
    {
        var everyone = new RecommendationActor(true, PokjaMember: true, Kurator: true);
        Assert.Empty(RecommendationRules.Available(RecommendationState.Disahkan, everyone));
        Assert.Empty(RecommendationRules.Available(RecommendationState.Ditarik, everyone));
    }

    [Fact]
    public void Drafts_are_seen_by_the_pokja_and_kurator_only_and_lists_put_endorsed_first()
    {
        Assert.False(RecommendationRules.CanSee(RecommendationState.Draf, Outsider));
        Assert.False(RecommendationRules.CanSee(RecommendationState.Draf, RecommendationActor.Anonymous));
        Assert.True(RecommendationRules.CanSee(RecommendationState.Draf, Member));
        Assert.True(RecommendationRules.CanSee(RecommendationState.Draf, Kurator));
        Assert.True(RecommendationRules.CanSee(RecommendationState.Ditinjau, RecommendationActor.Anonymous));
        var ordered = Enum.GetValues<RecommendationState>().OrderBy(RecommendationRules.ListOrder).ToList();
        Assert.Equal([RecommendationState.Disahkan, RecommendationState.Ditinjau, RecommendationState.Draf, RecommendationState.Ditarik], ordered);
    }

    [Fact]
    public void Only_returning_to_draft_needs_a_note() =>
        Assert.Equal([RecommendationAction.Return], Enum.GetValues<RecommendationAction>().Where(RecommendationRules.NoteRequired));

    [Fact]
    public void The_skeleton_has_the_four_parts_in_order()
    {
        var skeleton = RecommendationRules.Skeleton("Latar belakang", "Rekomendasi", "Dasar hukum", "Tindak lanjut");
        var at = new[] { "## Latar belakang", "## Rekomendasi", "## Dasar hukum", "## Tindak lanjut" }.Select(h => skeleton.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
    }
}
