namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>What someone wants to do with a recommendation.</summary>
public enum RecommendationAction
{
    Create,
    Edit,
    Submit,
    Review,
    Endorse,
    Return,
    Withdraw,
}

/// <summary>The actor as the rules see them: signed in, a member of the recommendation's pokja board, a Kurator (or Administrator).</summary>
public sealed record RecommendationActor(bool SignedIn, bool PokjaMember, bool Kurator)
{
    public static readonly RecommendationActor Anonymous = new(false, false, false);
}

/// <summary>How the rules answer: allowed, sign in first, not yours (403), or not now (409), with the message's key.</summary>
public enum RuleVerdict
{
    Allowed,
    SignInRequired,
    Forbidden,
    Conflict,
}

/// <summary>The rules' answer with the RecommendationText key that explains a refusal.</summary>
public sealed record RuleDecision(RuleVerdict Verdict, string? Key = null)
{
    public static readonly RuleDecision Allowed = new(RuleVerdict.Allowed);

    public bool IsAllowed => Verdict == RuleVerdict.Allowed;
}

/// <summary>
/// The recommendation's state machine, pure so it is unit-tested on its own. The pokja (its members, and a Kurator) writes,
/// edits and submits; while under review its members give their verdicts; endorsing is Kemenkominfo's: a Kurator (or an
/// Administrator) endorses, returns to draft with a note, or withdraws. Disahkan and Ditarik are final. Who comes before
/// when: a member asking to endorse hears 403 whatever the state; an allowed actor at the wrong moment hears 409.
/// </summary>
public static class RecommendationRules
{
    public const int TitleMax = 200;
    public const int BodyMax = 50_000;
    public const int ChangeNoteMax = 500;
    public const int CommentMax = 2_000;
    public const int NoteMax = 1_000;

    /// <summary>Whether <paramref name="actor"/> may do <paramref name="action"/> on a recommendation in <paramref name="state"/> (null for Create) on a board of <paramref name="boardKind"/>.</summary>
    public static RuleDecision Decide(RecommendationAction action, RecommendationState? state, RecommendationActor actor, BoardKind boardKind = BoardKind.Pokja)
    {
        if (!actor.SignedIn)
        {
            return new(RuleVerdict.SignInRequired);
        }

        if (boardKind != BoardKind.Pokja)
        {
            return new(RuleVerdict.Conflict, "Rec.NotPokja");
        }

        var pokja = actor.PokjaMember || actor.Kurator;
        var (allowed, forbiddenKey) = action switch
        {
            RecommendationAction.Review => (actor.PokjaMember, "Rec.MembersOnlyReview"),
            RecommendationAction.Endorse or RecommendationAction.Return or RecommendationAction.Withdraw => (actor.Kurator, "Rec.KuratorOnly"),
            _ => (pokja, "Rec.MembersOnly"),
        };
        if (!allowed)
        {
            return new(RuleVerdict.Forbidden, forbiddenKey);
        }

        if (action == RecommendationAction.Create)
        {
            return RuleDecision.Allowed;
        }

        var fits = action switch
        {
            RecommendationAction.Edit => state is RecommendationState.Draf or RecommendationState.Ditinjau,
            RecommendationAction.Submit => state == RecommendationState.Draf,
            RecommendationAction.Review or RecommendationAction.Endorse or RecommendationAction.Return => state == RecommendationState.Ditinjau,
            RecommendationAction.Withdraw => state is RecommendationState.Draf or RecommendationState.Ditinjau,
            _ => false,
        };
        return fits ? RuleDecision.Allowed
            : new(RuleVerdict.Conflict, state is RecommendationState.Disahkan or RecommendationState.Ditarik ? "Rec.Final" : "Rec.WrongState." + action);
    }

    /// <summary>The state an allowed action leads to (Create: Draf; Edit and Review keep the state).</summary>
    public static RecommendationState Target(RecommendationAction action, RecommendationState current) => action switch
    {
        RecommendationAction.Create => RecommendationState.Draf,
        RecommendationAction.Submit => RecommendationState.Ditinjau,
        RecommendationAction.Endorse => RecommendationState.Disahkan,
        RecommendationAction.Return => RecommendationState.Draf,
        RecommendationAction.Withdraw => RecommendationState.Ditarik,
        _ => current,
    };

    /// <summary>Whether the action needs a note (returning to draft says what to fix).</summary>
    public static bool NoteRequired(RecommendationAction action) => action == RecommendationAction.Return;

    /// <summary>Drafts are the pokja's working text: only its members and Kurator see them. Other states are read with the board.</summary>
    public static bool CanSee(RecommendationState state, RecommendationActor actor) =>
        state != RecommendationState.Draf || actor.PokjaMember || actor.Kurator;

    /// <summary>The order of the board's list: endorsed first, then under review, then drafts, withdrawn last.</summary>
    public static int ListOrder(RecommendationState state) => state switch
    {
        RecommendationState.Disahkan => 0,
        RecommendationState.Ditinjau => 1,
        RecommendationState.Draf => 2,
        _ => 3,
    };

    /// <summary>The actions <paramref name="actor"/> may take now, for the detail page's forms.</summary>
    public static IReadOnlyList<RecommendationAction> Available(RecommendationState state, RecommendationActor actor) =>
        Enum.GetValues<RecommendationAction>().Where(a => a != RecommendationAction.Create && Decide(a, state, actor).IsAllowed).ToList();

    /// <summary>The skeleton a new recommendation starts from: the four parts a pokja recommendation has.</summary>
    public static string Skeleton(string background, string recommendation, string legalBasis, string followUp) =>
        $"## {background}\n\n\n\n## {recommendation}\n\n1. \n\n## {legalBasis}\n\n- \n\n## {followUp}\n\n- \n";
}
