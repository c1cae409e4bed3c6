"""How the person looks: age and emotion analysis, calibration, evolution, training."""
