/// Ranking and KPIs (the management issue fills this module): figures are computed by the store
/// through SQL aggregates and shaped here for reports.
public enum KPI {}
