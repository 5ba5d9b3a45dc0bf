using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>How a recommendation request ended; the pages and the API answer each in their own way (404, 403, 409, a form with messages).</summary>
public enum RecommendationStatus
{
    Done,
    NotFound,
    SignInRequired,
    Forbidden,

    /// <summary>Not at this moment: the state does not allow it, or the form is stale.</summary>
    Conflict,
    Invalid,
}

/// <summary>The outcome with its value, or the refusal with the message keys (of RecommendationText) to show.</summary>
public sealed record RecommendationResult<T>(RecommendationStatus Status, T? Value, IReadOnlyList<FieldError> Errors)
    where T : class
{
    public static RecommendationResult<T> Done(T value) => new(RecommendationStatus.Done, value, []);

    public static RecommendationResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(RecommendationStatus.Invalid, null, errors);

    public static RecommendationResult<T> Refused(RecommendationStatus status, string? key = null) =>
        new(status, null, key is null ? [] : [new FieldError("", key)]);

    /// <summary>The rules' refusal as a result.</summary>
    public static RecommendationResult<T> From(RuleDecision decision) => decision.Verdict switch
    {
        RuleVerdict.SignInRequired => Refused(RecommendationStatus.SignInRequired),
        RuleVerdict.Forbidden => Refused(RecommendationStatus.Forbidden, decision.Key),
        _ => Refused(RecommendationStatus.Conflict, decision.Key),
    };
}

/// <summary>A recommendation as its page reads it: the row, its board, its source thread, the version shown and the reader's standing.</summary>
public sealed record RecommendationView(
    Recommendation Recommendation,
    Board Board,
    ForumThread? SourceThread,
    RecommendationVersion Shown,
    IReadOnlyList<RecommendationVersion> Versions,
    IReadOnlyList<RecommendationReview> Reviews,
    RecommendationActor Actor);
