package retrieve

// irregular maps irregular English verb forms to their base form, which
// the Porter/Snowball stemmer cannot do ("came" and "come" must match).
var irregular = map[string]string{
	"came": "come", "said": "say", "says": "say", "told": "tell", "took": "take", "taken": "take",
	"began": "begin", "begun": "begin", "went": "go", "gone": "go", "saw": "see", "seen": "see",
	"held": "hold", "fled": "flee", "shot": "shoot", "sent": "send", "met": "meet", "left": "leave",
	"won": "win", "brought": "bring", "thought": "think", "got": "get", "gotten": "get", "made": "make",
	"gave": "give", "given": "give", "found": "find", "led": "lead", "ran": "run", "fell": "fall",
	"fallen": "fall", "struck": "strike", "spoke": "speak", "spoken": "speak", "rose": "rise",
	"risen": "rise", "broke": "break", "broken": "break", "stood": "stand", "chose": "choose",
	"chosen": "choose", "wore": "wear", "worn": "wear", "knew": "know", "known": "know",
	"grew": "grow", "grown": "grow", "drew": "draw", "drawn": "draw", "threw": "throw",
	"thrown": "throw", "flew": "fly", "flown": "fly", "hid": "hide", "hidden": "hide",
	"sought": "seek", "fought": "fight", "caught": "catch", "taught": "teach", "bought": "buy",
	"sold": "sell", "paid": "pay", "kept": "keep", "lost": "lose", "meant": "mean", "heard": "hear",
	"felt": "feel", "built": "build", "spent": "spend", "lent": "lend", "bore": "bear", "borne": "bear",
	"swore": "swear", "sworn": "swear", "tore": "tear", "torn": "tear", "woke": "wake",
	"arose": "arise", "arisen": "arise", "forbade": "forbid", "forgot": "forget", "froze": "freeze",
	"rode": "ride", "wrote": "write", "written": "write", "drove": "drive", "driven": "drive",
	"became": "become", "overcame": "overcome", "undertook": "undertake", "withdrew": "withdraw",
	"withdrawn": "withdraw", "shut": "shut", "quit": "quit", "set": "set", "spread": "spread",
	"killed": "kill", "dying": "die", "died": "die", "dies": "die",
	"people": "person", "men": "man", "women": "woman", "children": "child",
}
