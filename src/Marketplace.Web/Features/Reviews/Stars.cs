namespace Marketplace.Web.Features.Reviews;

/// <summary>A rating drawn as filled and empty stars. Decorative only: pages always say the rating in words beside it.</summary>
public static class Stars
{
    public static string Of(int rating) =>
        new string('★', Math.Clamp(rating, 0, ReviewRules.RatingMax)) + new string('☆', ReviewRules.RatingMax - Math.Clamp(rating, 0, ReviewRules.RatingMax));
}
