"""The words the attribution rules read: attack verbs, verbs of claiming, suspecting, accusing,
confirming and denying, and hedges (see ``rules.py``, which re-exports them)."""

from __future__ import annotations

ATTACK = {"attack", "kill", "carry", "perpetrate", "commit", "stage", "launch", "orchestrate",
          "mastermind", "storm", "shoot", "bomb", "abduct", "kidnap", "ambush", "raid", "target",
          "murder", "massacre", "behead", "execute", "assassinate", "torch", "burn", "loot",
          "detonate", "plant", "fire", "shell", "strike", "hit", "clash", "fight", "seize",
          "capture", "overrun", "injure", "wound", "beat", "torture", "rape", "rob", "destroy",
          "lynch", "hack", "stab", "arrest", "detain", "disperse", "open", "besiege", "engage",
          "repel", "repulse", "invade", "occupy", "take", "block", "protest", "riot", "slaughter",
          "explode", "lob", "hurl", "throw", "set", "demolish", "raze", "ransack", "abuse",
          "harass", "assault", "displace", "chase", "pursue", "bombard", "airstrike", "conduct",
          "blow", "dynamite", "sabotage", "gun", "machinegun", "machine-gun", "hijack", "strafe",
          "rocket", "riddle", "poison", "contaminate", "lace", "grab", "snatch",
          # "a suicide bomber rammed an explosives-laden vehicle into their convoy", "drove his
          # truck into the crowd": the driver is the attack's doer
          "ram", "plough", "plow"}
VICTIM_VERBS = {"die", "perish", "flee"}
ANSWERABLE = {"responsible", "guilty", "culpable"}  # "X was responsible for the murders"
ALWAYS_TRANSITIVE = {"kill", "wound", "injure", "abduct", "kidnap", "behead", "murder",
                     "assassinate", "execute", "lynch", "hurt", "maim", "torture", "rape"}
CLAIM = {"claim"}
SUSPECT = {"believe", "suspect", "think", "presume", "fear", "assume", "say", "suggest",
           "indicate", "point"}
ACCUSE = {"blame", "accuse", "allege", "charge", "hold"}
CONFIRM = {"confirm", "establish", "prove"}
DENY = {"deny", "reject", "dismiss", "refute"}
# A governing verb's attribution, first match wins; a bare "say" above the act is no suspicion.
GOVERNOR_ATTRIBUTIONS = ((SUSPECT - {"say"}, "suspected"), (ACCUSE, "accused"),
                         (CONFIRM, "confirmed"), (CLAIM, "claimed"), (DENY, "denied"))
ANNOUNCE = {"announce", "report", "reveal", "disclose", "declare", "unveil"}
HEDGES = {"may", "might", "could", "allegedly", "reportedly", "possibly", "probably", "likely",
          "presumably", "apparently", "suspected", "alleged", "presumed", "believed", "purported",
          "purportedly", "supposedly", "perhaps"}
# "reportedly" is everywhere in news copy; it does not hedge an agent by itself.
WEAK_HEDGES = {"reportedly"}
# "launched a manhunt for the gunmen who ...": the searchers are not the doers
SEARCH_NOUNS = {"manhunt", "search", "hunt", "investigation", "probe", "inquiry", "enquiry",
                "dragnet"}
# Nouns for what an investigation supposes ("the theory is that X did it").
THEORY_NOUNS = {"theory", "hypothesis", "assumption", "suspicion", "supposition", "presumption"}
