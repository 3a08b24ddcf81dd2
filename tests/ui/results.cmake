# The result tabs of one model's diff, and the ad-hoc "diff two tables" window (ui/results).
tidemark_add_test(tst_model_result_widget tst_model_result_widget.cpp LIBS tidemark_ui_results)
tidemark_add_test(tst_adhoc_diff_window tst_adhoc_diff_window.cpp LIBS tidemark_ui_results)
