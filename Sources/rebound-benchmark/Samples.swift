/// Realistic inputs for the benchmark: a one-page posting and a 300-word answer.
enum Samples {
  static let posting = """
    # Data Analyst at Northwind Health

    **Location:** Leeds (hybrid) · **Salary:** £36,000–£40,000

    ## About Northwind Health
    Northwind Health runs 40 community clinics across Yorkshire. Our mission is to cut waiting times \
    for patients &amp; families, and we publish our wait-time data openly every month. We value \
    candour, curiosity and care, and we measure ourselves by what patients tell us.

    ## What you'll do
    - Build weekly dashboards for clinic managers and the executive team
    - Analyse appointment, staffing and referral data to find bottlenecksPresent findings to \
    non-technical stakeholders in plain language
    - Forecast demand for each clinic a quarter ahead
    - Work with the data engineering team to improve data quality
    - Answer ad-hoc questions from clinical leads within agreed timescales

    ## What you'll bring
    * 2+ years of hands-on SQL experience with large relational databases
    * Experience with Python or R for data analysis and automation
    • Strong stakeholder management and communication skills
    · Experience building dashboards in Power BI or Tableau
    - A degree in a numerate subject, or equivalent experience
    - Sound judgement about data privacy and information governance

    ## Nice to have
    1. Experience in healthcare or the public sector
    2. Familiarity with statistics (A/B testing, regression, time series)
    3. Experience mentoring junior analysts

    ## Benefits
    - 30 days holiday plus bank holidays
    - Pension with 8% employer contribution
    - Learning budget of £1,000 a year
    """

  static let answer = """
    At my last job in a regional hospital trust, outpatient clinics were overbooked and patients \
    waited an average of eleven weeks for a first appointment. Clinic leads blamed staffing, the \
    finance team blamed no-shows, and nobody had the numbers to settle it. My manager asked me to \
    find out where the delays really came from and to recommend one change we could make within a \
    quarter. I pulled two years of appointment records with SQL, about twelve million rows, and \
    joined them to staffing rosters and referral dates. I cleaned the data in Python, because the \
    clinics recorded cancellations in four different ways, and I agreed one definition with the \
    clinic leads before going further. Then I built a Power BI dashboard that showed no-shows were \
    clustered on Monday mornings and among patients referred more than eight weeks earlier. I \
    presented it to the six clinic leads in a thirty-minute session, kept it to three charts, and \
    proposed text reminders two days before every Monday appointment, plus a call for anyone \
    waiting longer than eight weeks. The leads agreed to trial it in two clinics first. As a \
    result, no-shows in the trial clinics fell by 23% within three months, and the average wait \
    across the trust dropped from eleven to eight weeks once all clinics adopted it. The dashboard \
    is still used every Monday, and I trained two junior analysts to maintain it. What I learned \
    is that the hardest part was not the analysis but getting everyone to agree what a no-show \
    was; now I start every project by agreeing definitions with the people who will use the \
    numbers. I would bring the same approach to your forty clinics, where your published waiting \
    times give a head start.
    """
}
