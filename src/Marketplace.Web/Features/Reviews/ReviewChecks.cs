using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Reviews;

/// <summary>Checks of review input against <see cref="ReviewRules"/>, the same for the pages and any later API. Keys live in ReviewsText.</summary>
public static class ReviewChecks
{
    public static List<FieldError> Check(ReviewInput input)
    {
        var errors = new List<FieldError>();
        if (input.Rating is not { } rating)
        {
            errors.Add(new(nameof(input.Rating), "Review.RatingRequired"));
        }
        else if (rating is < ReviewRules.RatingMin or > ReviewRules.RatingMax)
        {
            errors.Add(new(nameof(input.Rating), "Review.RatingRange", ReviewRules.RatingMin, ReviewRules.RatingMax));
        }

        Text(errors, nameof(input.Body), input.Body, "Review.BodyRequired");
        return errors;
    }

    public static List<FieldError> Check(ReplyInput input)
    {
        var errors = new List<FieldError>();
        Text(errors, nameof(input.Reply), input.Reply, "Review.ReplyRequired");
        return errors;
    }

    private static void Text(List<FieldError> errors, string field, string? value, string requiredKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, requiredKey));
        }
        else if (value.Trim().Length > ReviewRules.BodyMax)
        {
            errors.Add(new(field, "Review.TooLong", ReviewRules.BodyMax, value.Trim().Length));
        }
        else if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(new(field, "Review.ControlCharacters"));
        }
    }
}
