using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Adoptions;

public enum AdoptionStatus
{
    Done,
    Invalid,
    NotFound,
    Forbidden,

    /// <summary>The request clashes with the current state: a second open request, a move out of order, a stale version.</summary>
    Conflict,
}

/// <summary>The answer of an adoption action. Error keys are AdoptionText resources, the same for pages and the API.</summary>
public sealed record AdoptionResult<T>(AdoptionStatus Status, T? Value, IReadOnlyList<FieldError> Errors)
    where T : class
{
    public static AdoptionResult<T> Done(T value) => new(AdoptionStatus.Done, value, []);

    public static AdoptionResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(AdoptionStatus.Invalid, null, errors);

    public static AdoptionResult<T> Conflict(string key, params object[] arguments) => new(AdoptionStatus.Conflict, null, [new("", key, arguments)]);

    public static readonly AdoptionResult<T> NotFound = new(AdoptionStatus.NotFound, null, []);

    public static readonly AdoptionResult<T> Forbidden = new(AdoptionStatus.Forbidden, null, []);
}
