import type { RoleProfile } from '../types.js';

/** Machine learning: models, how they were evaluated, running them in production, and the data behind them. */
export const ml: RoleProfile = {
  id: 'ml',
  label: 'Machine learning engineer',
  titles: [
    'machine learning engineer', 'ml engineer', 'machine learning', 'data scientist', 'ai engineer',
    'applied scientist', 'research scientist', 'research engineer', 'mlops engineer', 'deep learning engineer',
    'nlp engineer', 'computer vision engineer', 'ai/ml engineer', 'ml researcher',
  ],
  vocabulary: [
    'machine learning', 'deep learning', 'PyTorch', 'TensorFlow', 'scikit-learn', 'XGBoost', 'model', 'models',
    'training', 'inference', 'LLM', 'NLP', 'computer vision', 'transformer', 'embeddings', 'fine-tuning',
    'MLflow', 'Kubeflow', 'SageMaker', 'feature store', 'Hugging Face', 'pandas', 'NumPy', 'GPU', 'RAG',
  ],
  pillars: [
    {
      id: 'modeling',
      label: 'Modelling',
      description: 'Which models you built or tuned, and for what problem.',
      evidence: [
        'model', 'models', 'training', 'trained', 'fine-tuning', 'fine-tuned', 'PyTorch', 'TensorFlow', 'Keras', 'JAX',
        'scikit-learn', 'XGBoost', 'LightGBM', 'transformer', 'transformers', 'LLM', 'LLMs', 'deep learning', 'NLP',
        'computer vision', 'embeddings', 'classification', 'classifier', 'regression', 'recommendation',
        'feature engineering', 'neural network',
      ],
      metrics: ['model size or parameters', 'training data size', 'training time or cost'],
      placeholder: '[N]M parameters / [N] training examples',
    },
    {
      id: 'evaluation',
      label: 'Evaluation',
      description: 'How you know the model works: offline metrics, baselines, online experiments.',
      evidence: [
        'accuracy', 'precision', 'recall', 'F1', 'AUC', 'ROC', 'BLEU', 'ROUGE', 'perplexity', 'evaluation',
        'benchmark', 'baseline', 'A/B test', 'A/B tests', 'experiment', 'offline metrics', 'online metrics',
        'error analysis', 'cross-validation', 'NDCG',
      ],
      metrics: ['metric before and after against a baseline', 'online lift in an A/B test (%)'],
      placeholder: '[X]% → [Y]% [metric] vs baseline',
    },
    {
      id: 'production',
      label: 'Production and MLOps',
      description: 'Getting models to users: serving, latency, monitoring, retraining.',
      evidence: [
        'inference', 'serving', 'deployed', 'production', 'MLflow', 'Kubeflow', 'SageMaker', 'Vertex AI',
        'feature store', 'model registry', 'drift', 'retraining', 'monitoring', 'latency', 'GPU', 'ONNX', 'Triton',
        'TensorRT', 'batch inference', 'real-time', 'MLOps',
      ],
      metrics: ['inference latency (ms)', 'predictions per day', 'serving cost ($)', 'retraining cadence'],
      placeholder: '[X] ms inference / [N] predictions a day',
    },
    {
      id: 'data',
      label: 'Data',
      description: 'The data behind the model: collection, labelling, pipelines and quality.',
      evidence: [
        'dataset', 'datasets', 'data pipeline', 'labeling', 'labelling', 'annotation', 'data quality', 'ETL', 'Spark',
        'SQL', 'pandas', 'augmentation', 'synthetic data', 'feature pipeline', 'feature store', 'data collection',
      ],
      metrics: ['examples collected or labelled', 'label quality (%)', 'data freshness'],
      placeholder: '[N] labelled examples',
    },
  ],
  expectedSections: ['contact', 'experience', 'projects', 'education', 'skills'],
  skillGroups: [
    { id: 'languages', label: 'Languages', examples: ['Python', 'SQL', 'C++'] },
    { id: 'ml-frameworks', label: 'ML frameworks', examples: ['PyTorch', 'TensorFlow', 'scikit-learn', 'Hugging Face'] },
    { id: 'mlops', label: 'MLOps and serving', examples: ['MLflow', 'SageMaker', 'Triton', 'Docker'] },
    { id: 'data', label: 'Data', examples: ['pandas', 'Spark', 'Airflow'] },
  ],
};
