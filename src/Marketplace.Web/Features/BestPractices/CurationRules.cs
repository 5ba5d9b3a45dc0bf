using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>What a curation must satisfy before it is saved; pure, so each rule is tested on its own.</summary>
public static class CurationRules
{
    public const int NoteMax = 2000;

    /// <summary>A review more than this far away is no review plan.</summary>
    public const int MaxYearsAhead = 3;

    /// <summary>The refusals of <paramref name="input"/> on <paramref name="today"/>, each on the field it is about; empty when it may be saved.</summary>
    public static IReadOnlyList<FieldError> Check(CurationInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.State is not { } state || !Enum.IsDefined(state))
        {
            errors.Add(new("State", "Curation.StateRequired"));
            return errors;
        }

        if (input.Note is { Length: > NoteMax } note)
        {
            errors.Add(new("Note", "Curation.NoteTooLong", NoteMax, note.Length));
        }

        if (state == CurationState.None)
        {
            return errors;
        }

        var met = CurationCriteria.Parse(input.Criteria);
        if (met.Count == 0)
        {
            errors.Add(new("Criteria", "Curation.CriteriaRequired"));
        }
        else if (state == CurationState.PraktikBaik && CurationCriteria.RequiredForPraktikBaik.Except(met).ToList() is { Count: > 0 } missing)
        {
            errors.Add(new("Criteria", "Curation.CriteriaMissing", missing));
        }

        if (input.NextReviewOn is not { } next)
        {
            errors.Add(new("NextReviewOn", "Curation.NextReviewRequired"));
        }
        else if (next <= today)
        {
            errors.Add(new("NextReviewOn", "Curation.NextReviewPast"));
        }
        else if (next > today.AddYears(MaxYearsAhead))
        {
            errors.Add(new("NextReviewOn", "Curation.NextReviewTooFar", MaxYearsAhead));
        }

        return errors;
    }

    /// <summary>Whether a review planned for <paramref name="nextReviewOn"/> is overdue on <paramref name="today"/>.</summary>
    public static bool IsOverdue(DateOnly nextReviewOn, DateOnly today) => nextReviewOn < today;
}
