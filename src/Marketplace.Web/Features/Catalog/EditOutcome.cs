namespace Marketplace.Web.Features.Catalog;

public enum EditStatus
{
    Done,
    Invalid,
    NotFound,
    Forbidden,
}

/// <summary>One refused field: the input property, a CatalogText resource key and its arguments.</summary>
public sealed record FieldError(string Field, string Key, params object[] Arguments);

/// <summary>The answer of an edit: done with the saved entity, or why not.</summary>
public sealed record EditOutcome<T>(EditStatus Status, T? Value, IReadOnlyList<FieldError> Errors)
    where T : class
{
    public static EditOutcome<T> Done(T value) => new(EditStatus.Done, value, []);

    public static EditOutcome<T> Invalid(IReadOnlyList<FieldError> errors) => new(EditStatus.Invalid, null, errors);

    public static readonly EditOutcome<T> NotFound = new(EditStatus.NotFound, null, []);

    public static readonly EditOutcome<T> Forbidden = new(EditStatus.Forbidden, null, []);
}

/// <summary>Checks SPDX license expressions ("MIT", "GPL-3.0-or-later OR Apache-2.0").</summary>
public interface ILicenseCheck
{
    bool IsValid(string expression);
}
