# نصوص خاصة بالموقع (العربية).

site-tagline = ملتقى كل العاملين في التعليم المدرسي في أوروبا
footer-funded = بتمويل من الاتحاد الأوروبي عبر برنامج إيراسموس+
chooser-welcome = أهلًا وسهلًا! اختر لغتك لتتصفح الأخبار والدورات وحقيبة الأدوات للمدارس.

# Display names of the site's tags (tag-<slug>); a term page
# content/<lang>/tags/<slug>.md would take precedence.
tag-etwinning = eTwinning
tag-teacher-training = تدريب المعلمين
tag-languages = اللغات
tag-inclusion = الدمج
tag-wellbeing = الرفاه
tag-school-leadership = قيادة المدرسة
tag-early-school-leaving = التسرب المدرسي
tag-digital-education = التعليم الرقمي
tag-sustainability = الاستدامة
tag-stem = العلوم والتقنية والهندسة والرياضيات
