import type { RoleProfile } from '../types.js';

/** Data engineering and analytics: pipelines, models and warehouses, data quality, and what the data changed. */
export const data: RoleProfile = {
  id: 'data',
  label: 'Data engineer / analyst',
  titles: [
    'data engineer', 'data engineering', 'analytics engineer', 'data analyst', 'business intelligence',
    'bi developer', 'bi engineer', 'bi analyst', 'etl developer', 'data platform engineer', 'big data engineer',
    'data warehouse', 'reporting analyst', 'insights analyst', 'product analyst',
  ],
  vocabulary: [
    'ETL', 'ELT', 'pipeline', 'Airflow', 'dbt', 'Spark', 'PySpark', 'Hadoop', 'Snowflake', 'BigQuery', 'Redshift',
    'Databricks', 'data warehouse', 'data lake', 'SQL', 'Looker', 'Tableau', 'Power BI', 'dashboards', 'Kafka',
    'Flink', 'data quality', 'data model', 'pandas', 'analytics', 'metrics', 'KPI',
  ],
  pillars: [
    {
      id: 'pipelines',
      label: 'Pipelines',
      description: 'How data moves: batch and streaming pipelines, orchestration, ingestion.',
      evidence: [
        'ETL', 'ELT', 'pipeline', 'pipelines', 'Airflow', 'Dagster', 'Prefect', 'dbt', 'Spark', 'PySpark', 'Flink',
        'Kafka', 'Beam', 'batch', 'streaming', 'ingestion', 'orchestration', 'CDC', 'Fivetran',
      ],
      metrics: ['rows or GB processed per day', 'pipeline run time', 'sources ingested', 'data freshness'],
      placeholder: '[N] GB a day / [X] min runtime',
    },
    {
      id: 'modeling',
      label: 'Modelling and warehouse',
      description: 'How data is organised for use: warehouse, lakehouse, dimensional models, SQL.',
      evidence: [
        'data warehouse', 'warehouse', 'data lake', 'lakehouse', 'Snowflake', 'BigQuery', 'Redshift', 'Databricks',
        'Delta Lake', 'Iceberg', 'star schema', 'dimensional model', 'dimensional modeling', 'data model', 'data modeling',
        'data modelling', 'SQL', 'schema', 'partitioning',
      ],
      metrics: ['tables or models owned', 'query time before and after', 'warehouse cost ($)'],
      placeholder: '[N] models / [query time]',
    },
    {
      id: 'data-quality',
      label: 'Data quality',
      description: 'Whether the numbers can be trusted: tests, validation, lineage, freshness, governance.',
      evidence: [
        'data quality', 'data validation', 'validation', 'Great Expectations', 'data tests', 'lineage', 'governance',
        'freshness', 'data contracts', 'observability', 'monitoring', 'anomaly detection', 'GDPR', 'PII', 'SLA',
      ],
      metrics: ['data incidents per quarter', 'tests or checks added', 'freshness SLA met (%)'],
      placeholder: '[N] data incidents / [X]% freshness SLA',
    },
    {
      id: 'analytics-impact',
      label: 'Analytics impact',
      description: 'What decisions the data drove: dashboards, metrics, experiments, insights.',
      evidence: [
        'dashboard', 'dashboards', 'Looker', 'Tableau', 'Power BI', 'Metabase', 'reporting', 'reports', 'KPI', 'KPIs',
        'metrics', 'A/B test', 'experiment', 'experiments', 'insights', 'forecast', 'forecasting', 'stakeholders',
        'self-serve',
      ],
      metrics: ['people using the dashboards', 'decisions or $ influenced', 'report time saved'],
      placeholder: '[N] weekly users / $[N] influenced',
    },
  ],
  expectedSections: ['contact', 'experience', 'education', 'skills'],
  skillGroups: [
    { id: 'languages', label: 'Languages', examples: ['SQL', 'Python', 'Scala'] },
    { id: 'processing', label: 'Processing and orchestration', examples: ['Spark', 'Airflow', 'dbt', 'Kafka'] },
    { id: 'warehouses', label: 'Warehouses and storage', examples: ['Snowflake', 'BigQuery', 'Redshift', 'Delta Lake'] },
    { id: 'bi', label: 'BI and analytics', examples: ['Looker', 'Tableau', 'Power BI', 'pandas'] },
  ],
};
