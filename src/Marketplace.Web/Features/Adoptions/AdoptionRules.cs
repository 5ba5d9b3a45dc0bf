using System.Net.Mail;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>Limits and checks of adoption input, the same for the pages and the API. Error keys live in AdoptionText.</summary>
public static class AdoptionRules
{
    public const int ReasonMax = 2000;
    public const int DecisionReasonMax = 1000;
    public const int ExpectedUsersMax = 10_000_000;
    public const int TitleMax = 200;
    public const int DetailMax = 2000;
    public const int ResponsibleMax = 200;
    public const int MilestonesMax = 40;
    public const int ContactMax = 200;
    public const int PhoneMax = 40;
    public const int ScopeMax = 1000;

    /// <summary>Plans reach at most this far ahead of the request.</summary>
    public const int YearsAheadMax = 10;

    public static List<FieldError> CheckRequest(AdoptionRequestInput input)
    {
        var errors = new List<FieldError>();
        Text(errors, nameof(input.Reason), input.Reason, ReasonMax, required: true);
        if (input.ExpectedUsers is not { } users)
        {
            errors.Add(new(nameof(input.ExpectedUsers), "Validation.Required"));
        }
        else if (users < 1 || users > ExpectedUsersMax)
        {
            errors.Add(new(nameof(input.ExpectedUsers), "Validation.Range", 1, ExpectedUsersMax));
        }

        return errors;
    }

    public static List<FieldError> CheckPlan(PlanInput input, DateOnly requestedOn)
    {
        var errors = new List<FieldError>();
        var latest = requestedOn.AddYears(YearsAheadMax);
        if (input.Milestones.Count(m => !m.Remove) > MilestonesMax)
        {
            errors.Add(new(nameof(input.Milestones), "Plan.TooManyMilestones", MilestonesMax));
        }

        for (var i = 0; i < input.Milestones.Count; i++)
        {
            var milestone = input.Milestones[i];
            if (milestone.Remove)
            {
                continue;
            }

            var prefix = $"{nameof(input.Milestones)}[{i}].";
            Text(errors, prefix + nameof(milestone.Title), milestone.Title, TitleMax, required: true);
            Text(errors, prefix + nameof(milestone.Detail), milestone.Detail, DetailMax, required: false);
            Text(errors, prefix + nameof(milestone.Responsible), milestone.Responsible, ResponsibleMax, required: true);
            if (milestone.DueDate is not { } due)
            {
                errors.Add(new(prefix + nameof(milestone.DueDate), "Validation.Required"));
            }
            else if (due < requestedOn)
            {
                errors.Add(new(prefix + nameof(milestone.DueDate), "Plan.DueBeforeRequest", requestedOn));
            }
            else if (due > latest)
            {
                errors.Add(new(prefix + nameof(milestone.DueDate), "Plan.DueTooLate", latest));
            }
        }

        var support = input.Support;
        Text(errors, "Support." + nameof(support.ContactName), support.ContactName, ContactMax, required: false);
        Text(errors, "Support." + nameof(support.Scope), support.Scope, ScopeMax, required: false);
        if (!string.IsNullOrWhiteSpace(support.ContactEmail) && !IsEmail(support.ContactEmail.Trim()))
        {
            errors.Add(new("Support." + nameof(support.ContactEmail), "Validation.Email"));
        }

        if (!string.IsNullOrWhiteSpace(support.ContactPhone)
            && (support.ContactPhone.Trim().Length > PhoneMax || !support.ContactPhone.Trim().All(c => char.IsDigit(c) || c is '+' or ' ' or '-' or '(' or ')')))
        {
            errors.Add(new("Support." + nameof(support.ContactPhone), "Validation.Phone"));
        }

        if (support.Until is { } until && (until < requestedOn || until > latest.AddYears(10)))
        {
            errors.Add(new("Support." + nameof(support.Until), "Plan.SupportUntilInvalid", requestedOn));
        }

        return errors;
    }

    public static void Text(List<FieldError> errors, string field, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, "Validation.Required"));
            }
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(new(field, "Validation.TooLong", max));
        }
        else if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(new(field, "Validation.ControlCharacters"));
        }
    }

    private static bool IsEmail(string value) =>
        value.Length <= ContactMax && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.');
}
