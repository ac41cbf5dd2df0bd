/**
 * Skill and technology terms recognised in job descriptions, each with the spellings that count as the
 * same thing ("k8s" = Kubernetes, "Postgres" = PostgreSQL, "JS" = JavaScript). A term is its first spelling.
 * `cs` marks spellings that are also ordinary words and must match their letter case ("Go", "React").
 */
export interface TechTerm {
  name: string;
  /** Case-insensitive spellings (whole words). */
  aliases: readonly string[];
  /** Case-sensitive spellings. */
  cs?: readonly string[];
  /** Extra patterns for spellings a plain alias cannot express. */
  patterns?: readonly RegExp[];
}

const t = (name: string, aliases: readonly string[] = [], cs: readonly string[] = [], patterns: readonly RegExp[] = []): TechTerm => ({
  name,
  // A name with its own pattern or case-sensitive spelling is matched only through those.
  aliases: [name, ...aliases].filter((a) => !cs.includes(a) && !(patterns.length > 0 && a === name)),
  cs,
  patterns,
});

export const TECH_TERMS: readonly TechTerm[] = [
  // languages
  t('Java'), t('Python'), t('Go', ['Golang'], ['Go']), t('JavaScript', ['ECMAScript'], ['JS']), t('TypeScript'),
  t('C++', ['cpp']), t('C#', ['csharp']), t('Ruby'), t('PHP'), t('Rust', [], ['Rust']), t('Kotlin'),
  t('Swift', [], ['Swift']), t('Scala'), t('Elixir'), t('Erlang'), t('Haskell'), t('Clojure'), t('Dart', [], ['Dart']),
  t('Objective-C', ['ObjC']), t('SQL'), t('Bash', ['shell scripting']), t('Perl'), t('Lua'), t('MATLAB'),
  // frameworks
  t('React', ['React.js', 'ReactJS'], ['React']), t('Angular', ['AngularJS']), t('Vue', ['Vue.js', 'VueJS']),
  t('Svelte'), t('Next.js', ['NextJS']), t('Node.js', ['NodeJS'], ['Node']), t('Express', ['Express.js'], ['Express']),
  t('NestJS'), t('Django'), t('Flask'), t('FastAPI'),
  t('Spring', ['Spring Boot', 'Spring Framework', 'SpringBoot'], [], [/(?<![\p{L}\p{N}])Spring(?![\p{L}\p{N}])(?!\s+(?:19|20)\d\d|\s+(?:semester|term|quarter|break|intern))/u]),
  t('Ruby on Rails', ['Rails', 'RoR']), t('Laravel'), t('.NET', ['dotnet', 'ASP.NET', '.NET Core']), t('Redux'),
  t('GraphQL'), t('REST', ['RESTful', 'REST API', 'REST APIs']), t('gRPC'), t('Tailwind', ['Tailwind CSS', 'TailwindCSS']),
  t('jQuery'), t('React Native'), t('Flutter'), t('SwiftUI'), t('Jetpack Compose'), t('Hibernate'),
  t('HTML', ['HTML5']), t('CSS', ['CSS3']), t('Sass', ['SCSS']), t('webpack'), t('Vite', [], ['Vite']),
  // storage & messaging
  t('PostgreSQL', ['Postgres', 'psql']), t('MySQL'), t('MariaDB'), t('SQL Server', ['MSSQL', 'Microsoft SQL Server']),
  t('MongoDB', ['Mongo']), t('Redis'), t('Memcached'), t('Cassandra'), t('DynamoDB'), t('Elasticsearch', ['Elastic Search']),
  t('OpenSearch'), t('Kafka', ['Apache Kafka']), t('RabbitMQ'), t('SQS', ['Amazon SQS']), t('Pub/Sub', ['PubSub']),
  t('Snowflake'), t('BigQuery'), t('Redshift'), t('Databricks'), t('ClickHouse'), t('SQLite'), t('Neo4j'), t('S3', ['Amazon S3']),
  t('NoSQL'),
  // cloud & infrastructure
  t('AWS', ['Amazon Web Services']), t('GCP', ['Google Cloud', 'Google Cloud Platform']), t('Azure', ['Microsoft Azure']),
  t('Kubernetes', ['k8s']), t('Docker'), t('Terraform'), t('Ansible'), t('Helm', [], ['Helm']), t('Jenkins'),
  t('GitHub Actions'), t('GitLab CI', ['GitLab CI/CD']), t('CircleCI'), t('Argo CD', ['ArgoCD']),
  t('CI/CD', ['CICD', 'CI / CD', 'continuous integration', 'continuous delivery', 'continuous deployment']),
  t('Linux'), t('Nginx'), t('Serverless'), t('AWS Lambda', ['Lambda functions']), t('Prometheus'), t('Grafana'),
  t('Datadog'), t('OpenTelemetry', ['OTel']), t('Splunk'), t('ELK', ['ELK stack']), t('New Relic'), t('PagerDuty'),
  t('Git'), t('Jira'), t('Figma'),
  // practices & concepts
  t('microservices', ['microservice', 'micro-services']), t('distributed systems'), t('event-driven architecture', ['event-driven']),
  t('system design'), t('TDD', ['test-driven development']), t('unit testing', ['unit tests']), t('Agile'), t('Scrum'),
  t('observability'), t('monitoring'), t('load testing', ['load tests', 'performance testing']),
  t('site reliability engineering', [], ['SRE']), t('SLOs', ['SLO', 'service level objectives']), t('high availability'),
  t('caching'), t('data modeling', ['data modelling', 'data models']), t('ETL', ['ELT']), t('infrastructure as code', ['IaC']),
  t('machine learning', [], ['ML']), t('deep learning'), t('NLP', ['natural language processing']), t('computer vision'),
  t('LLMs', ['LLM', 'large language models', 'large language model']), t('PyTorch'), t('TensorFlow'),
  t('scikit-learn', ['sklearn']), t('pandas'), t('NumPy'), t('Spark', ['Apache Spark', 'PySpark'], ['Spark']),
  t('Airflow', ['Apache Airflow']), t('dbt'), t('Flink', ['Apache Flink']), t('Hadoop'), t('Tableau'), t('Looker'),
  t('Power BI', ['PowerBI']), t('accessibility', ['a11y', 'WCAG']), t('OAuth', ['OAuth2', 'OAuth 2.0']), t('JWT'),
  t('iOS'), t('Android'), t('Xcode'), t('Jest', [], ['Jest']), t('Cypress'), t('Playwright'), t('Selenium'), t('Storybook'),
  t('A/B testing', ['A/B tests', 'A/B test', 'experimentation']), t('security'), t('APIs', ['API']),
];
